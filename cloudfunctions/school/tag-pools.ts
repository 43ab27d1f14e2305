import { db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import type { TagPools } from './rules/draw';

/** The most questions of one tag a paper draws from: one read of the tag's index range. */
const POOL_MAX = 1000;

/** The ids of the bank's questions of each tag, exam-only ones included, deleted ones not. */
export async function tagPools(tags: string[]): Promise<TagPools> {
  const reads = await Promise.all(
    tags.map((tag) =>
      db
        .collection(COLLECTIONS.schoolQuestions.name)
        .where({ tags: tag, deleted: false })
        .field({ _id: true })
        .limit(POOL_MAX)
        .get<{ _id: string }>(),
    ),
  );
  return Object.fromEntries(tags.map((tag, i) => [tag, reads[i].data.map((q) => q._id)]));
}
