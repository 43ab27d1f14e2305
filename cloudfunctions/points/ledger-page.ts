import type { PointEntryDoc } from '../../typings/documents';
import type { Page } from '../../typings/functions/common';
import type { LedgerItem } from '../../typings/functions/points';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { decodeCursor, pageOf } from '../_shared/cursor';
import { invalidArgument } from '../_shared/errors';
import { DEFAULT_RULES } from '../_shared/points/rules/defaults';
import { toLedgerItem } from './views';

const PAGE_SIZE = 20;
const NAMES = new Map(DEFAULT_RULES.map((r) => [r.code, r.name]));

/**
 * A member's ledger, newest first, a page at a time on the indexed (member, time, id): one
 * read. Newest first also means a reversal is always listed before the entry it cancels.
 */
export async function ledgerPage(
  memberId: string,
  cursor: string | undefined,
): Promise<Page<LedgerItem>> {
  const mine = { memberId };
  const { data } = (await db
    .collection(COLLECTIONS.pointLedger.name)
    .where(cursor ? _.and([mine, olderThan(decodeCursor(cursor))]) : mine)
    .orderBy('at', 'desc')
    .orderBy('_id', 'desc')
    .limit(PAGE_SIZE + 1)
    .get()) as unknown as { data: PointEntryDoc[] };
  const page = pageOf(data, PAGE_SIZE, (e) => `${new Date(e.at).toISOString()}|${e._id}`);
  return {
    items: page.items.map((e) => toLedgerItem(e, NAMES.get(e.rule) ?? e.rule)),
    nextCursor: page.nextCursor,
  };
}

/** Entries after the cursor's (time, id) in newest-first order; ties in time go by id. */
function olderThan(key: string) {
  const cut = key.indexOf('|');
  const at = new Date(key.slice(0, cut));
  const id = key.slice(cut + 1);
  if (cut < 0 || Number.isNaN(at.getTime()) || !id)
    throw invalidArgument('分页参数无效，请刷新后重试', 'cursor');
  return _.or([{ at: _.lt(at) }, { at, _id: _.lt(id) }]);
}
