import { ALL_COLLECTIONS, type IndexSpec } from '../cloudfunctions/_shared/collections';

/** Where the provisioning step creates things: a real environment, or the local cloud. */
export interface ProvisionTarget {
  createCollection(name: string): Promise<void> | void;
  createIndex(collection: string, index: IndexSpec): Promise<void> | void;
}

/**
 * The app's provisioning step: every collection the functions use, with the indexes behind their
 * queries (declared in cloudfunctions/_shared/collections.ts). The local cloud runs it on every
 * start; `scripts/provision-env.ts` runs it against a real environment.
 */
export async function provisionDatabase(target: ProvisionTarget): Promise<void> {
  for (const spec of ALL_COLLECTIONS) {
    await target.createCollection(spec.name);
    for (const index of spec.indexes) await target.createIndex(spec.name, index);
  }
}
