import type { LedgerItem } from '../../typings';

/** A ledger row as points.history answers it: a read-article point, changed by `extra`. */
export const ledgerItem = (extra: Partial<LedgerItem>): LedgerItem => ({
  _id: 'read_article:m1:a1',
  rule: 'read_article',
  ruleName: '阅读文章',
  points: 1,
  capped: false,
  at: '2026-03-02T01:30:00.000Z',
  reason: null,
  reverses: null,
  ...extra,
});
