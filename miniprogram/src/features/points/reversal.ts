import type { LedgerItem } from '../../../../typings';

/**
 * Entries cancelled by a reversal among the loaded ones. Complete for every loaded entry: the
 * ledger comes newest first and a reversal is always newer than what it cancels.
 */
export const reversedIds = (items: LedgerItem[]) =>
  new Set(items.flatMap((e) => (e.reverses ? [e.reverses] : [])));

/** What `points.reverse` accepts, to offer 更正 only there: the server still decides. */
export const isReversible = (entry: LedgerItem, reversed: Set<string>) =>
  entry.rule !== 'reversal' && entry.points !== 0 && !reversed.has(entry._id);
