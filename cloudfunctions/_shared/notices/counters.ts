import { _, db } from '../cloud';
import { isDuplicateKey } from '../db-errors';

/**
 * Adds `by` to a counter document, creating it on first use. The update comes first because
 * the document usually exists (one operation); a racing creator makes the add fail as a
 * duplicate, and the update is then repeated.
 */
export async function bump(
  collection: string,
  id: string,
  field: string,
  by: number,
  init: Record<string, unknown> = {},
): Promise<void> {
  const inc = () =>
    db
      .collection(collection)
      .where({ _id: id })
      .update({ data: { [field]: _.inc(by) } });
  if ((await inc()).stats.updated > 0) return;
  try {
    await db.collection(collection).add({ data: { _id: id, ...init, [field]: by } });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    await inc();
  }
}

/** Adds one to many members' unread badges: one read, one update and one insert per batch. */
export async function bumpUnread(collection: string, memberIds: string[]): Promise<void> {
  const counters = db.collection(collection);
  const { data } = await counters
    .where({ _id: _.in(memberIds) })
    .field({ _id: true })
    .limit(memberIds.length)
    .get<{ _id: string }>();
  const existing = data.map((d) => d._id);
  if (existing.length)
    await counters.where({ _id: _.in(existing) }).update({ data: { count: _.inc(1) } });
  const missing = memberIds.filter((id) => !existing.includes(id));
  if (missing.length === 0) return;
  try {
    await counters.add({ data: missing.map((id) => ({ _id: id, count: 1 })) });
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    // Another notice created some of them meanwhile: fall back to one counter at a time.
    for (const id of missing) await bump(collection, id, 'count', 1);
  }
}
