import type { Period } from '../_shared/points/period';

export type PeriodName = 'month' | 'year';

export const PERIODS: readonly PeriodName[] = ['month', 'year'];

/** A maintained year document's points in this month or the whole year. */
export const inPeriod = (
  doc: { total: number; months: Record<string, number> },
  period: PeriodName,
  p: Period,
) => (period === 'year' ? doc.total : (doc.months[p.monthKey] ?? 0));

/** Which month or year a stored ranking is of: `2026` or `2026m03`. */
export const periodKeyOf = (period: PeriodName, p: Period) =>
  period === 'year' ? String(p.year) : `${p.year}${p.monthKey}`;
