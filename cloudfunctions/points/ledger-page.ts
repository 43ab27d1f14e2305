import type { PointEntryDoc } from '../../typings/documents';
import type { Page } from '../../typings/functions/common';
import type { LedgerItem } from '../../typings/functions/points';
import { COLLECTIONS } from '../_shared/collections';
import { byTimeThenId, readPage } from '../_shared/paging';
import { DEFAULT_RULES } from '../_shared/points/rules/defaults';
import { toLedgerItem } from './views';

const PAGE_SIZE = 20;
const NAMES = new Map(DEFAULT_RULES.map((r) => [r.code, r.name]));

/** An entry as the ledger shows it, named for its rule. */
export const ledgerItemOf = (e: PointEntryDoc): LedgerItem =>
  toLedgerItem(e, NAMES.get(e.rule) ?? e.rule);

/**
 * A member's ledger, newest first, a page at a time on the indexed (member, time, id): one
 * read. Newest first also means a reversal is always listed before the entry it cancels.
 */
export async function ledgerPage(
  memberId: string,
  cursor: string | undefined,
): Promise<Page<LedgerItem>> {
  const page = await readPage<PointEntryDoc>({
    collection: COLLECTIONS.pointLedger.name,
    where: { memberId },
    order: byTimeThenId('at'),
    cursor,
    size: PAGE_SIZE,
  });
  return {
    items: page.items.map(ledgerItemOf),
    nextCursor: page.nextCursor,
  };
}
