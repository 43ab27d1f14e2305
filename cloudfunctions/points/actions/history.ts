import type { PointEntryDoc } from '../../../typings/documents';
import { pointsSchemas } from '../../../typings/functions/points';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { decodeCursor, pageOf } from '../../_shared/cursor';
import { invalidArgument } from '../../_shared/errors';
import { DEFAULT_RULES } from '../../_shared/points/rules/defaults';
import { action } from '../../_shared/router';
import { toLedgerItem } from '../views';

const PAGE_SIZE = 20;
const NAMES = new Map(DEFAULT_RULES.map((r) => [r.code, r.name]));

/** The member's own ledger, newest first, cursor-paginated on the indexed (member, time, id). */
export const history = action({
  schema: pointsSchemas.history,
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const mine = { memberId: member._id };
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
  },
});

/** Entries after the cursor's (time, id) in newest-first order; ties in time go by id. */
function olderThan(key: string) {
  const cut = key.indexOf('|');
  const at = new Date(key.slice(0, cut));
  const id = key.slice(cut + 1);
  if (cut < 0 || Number.isNaN(at.getTime()) || !id)
    throw invalidArgument('分页参数无效，请刷新后重试', 'cursor');
  return _.or([{ at: _.lt(at) }, { at, _id: _.lt(id) }]);
}
