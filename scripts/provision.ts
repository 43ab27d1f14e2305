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

/** The part of wx-server-sdk that creates a collection. */
interface CollectionCreator {
  createCollection(name: string): Promise<unknown>;
}

/**
 * The provisioning step's target in a real environment, through wx-server-sdk: a collection is
 * created (one that exists, `Table exist`, is left as it is); an index is reported through
 * `report`, to be made in the console (数据库 → 索引管理), since no SDK request creates one
 * (docs/cloudbase-protocol.md §2.10).
 */
export function sdkTarget(
  db: CollectionCreator,
  report: (collection: string, index: IndexSpec) => void,
): ProvisionTarget {
  return {
    async createCollection(name) {
      try {
        await db.createCollection(name);
      } catch (error) {
        if (!/Table exist/.test((error as { errMsg?: string }).errMsg ?? '')) throw error;
      }
    },
    createIndex: report,
  };
}
