import { db } from '../_shared/cloud';
import { isDuplicateKey } from '../_shared/db-errors';

/** Adds a document whose deterministic `_id` makes the write happen once; false when it already had. */
export async function addOnce(collection: string, doc: { _id: string }): Promise<boolean> {
  try {
    await db.collection(collection).add({ data: doc });
    return true;
  } catch (error) {
    if (isDuplicateKey(error)) return false;
    throw error;
  }
}
