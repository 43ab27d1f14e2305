import { inChina } from '../clock';

/** Where an instant falls in China's calendar (UTC+8, no daylight saving): the keys totals use. */
export interface Period {
  year: number;
  /** `YYYYMMDD`. */
  day: string;
  /** Keys inside a member's year document. */
  dayKey: string;
  monthKey: string;
  weekKey: string;
}

export function periodOf(at: Date): Period {
  const d = inChina(at);
  return {
    year: d.year(),
    day: d.format('YYYYMMDD'),
    dayKey: `d${d.format('MMDD')}`,
    monthKey: `m${d.format('MM')}`,
    // A week that straddles New Year counts in each year's document separately.
    weekKey: `w${String(d.isoWeek()).padStart(2, '0')}`,
  };
}

/** Noon, China time, of a ledger day `YYYYMMDD`: safely inside that calendar day. */
const noonOfDay = (day: string) =>
  new Date(`${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}T12:00:00+08:00`);

/** The period of a ledger day `YYYYMMDD` (a reversal counts where its original did). */
export function periodOfDay(day: string): Period {
  return periodOf(noonOfDay(day));
}

/**
 * Days a member's year document keeps: today's caps, this week's and this month's figures need
 * no more, and without a limit an active member's document would hold a year of days by
 * December. Each award drops the days RETAINED_DAYS to RETAINED_DAYS + 30 before its own.
 */
export const RETAINED_DAYS = 40;

/** Keys of the days an award on `day` drops from its year document (that year's only). */
export function expiredDayKeys(day: string): string[] {
  const at = inChina(noonOfDay(day));
  const keys: string[] = [];
  for (let back = RETAINED_DAYS; back <= RETAINED_DAYS + 30; back++) {
    const d = at.subtract(back, 'day');
    if (d.year() === at.year()) keys.push(`d${d.format('MMDD')}`);
  }
  return keys;
}

/** Whether a ledger day is older than the days year documents keep, seen from `now`. */
export function beyondRetention(day: string, now: Date): boolean {
  return periodOf(new Date(now.getTime() - RETAINED_DAYS * 86_400_000)).day > day;
}
