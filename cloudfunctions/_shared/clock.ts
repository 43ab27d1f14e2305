import dayjs from 'dayjs';
import isoWeek from 'dayjs/plugin/isoWeek';
import utc from 'dayjs/plugin/utc';

// The one place dayjs gets its plugins: every server-side use of dayjs imports it from here.
dayjs.extend(utc);
dayjs.extend(isoWeek);

export { dayjs };

/** China's one time zone, UTC+8 without daylight saving, in minutes (docs/domain.md §10.1). */
export const CHINA_OFFSET_MINUTES = 8 * 60;

/**
 * How far the local cloud has moved this invocation's time from the machine's, in ms. The real
 * cloud never sets the variable, so functions there run on real time
 * (docs/cloudbase-protocol.md §4.5).
 */
function offsetMs(): number {
  const offset = Number(process.env.LOCAL_CLOCK_OFFSET_MS ?? 0);
  return Number.isFinite(offset) ? offset : 0;
}

/** The instant a test stopped the local cloud's clock at, or null while time runs. */
function stoppedAtMs(): number | null {
  const stopped = Number(process.env.LOCAL_CLOCK_STOPPED_AT_MS);
  return process.env.LOCAL_CLOCK_STOPPED_AT_MS && Number.isFinite(stopped) ? stopped : null;
}

/** The current instant: every server-side "now" is read here. */
export function now(): Date {
  return new Date(stoppedAtMs() ?? Date.now() + offsetMs());
}

/** An instant (now by default) on China's calendar and wall clock. */
export function inChina(at: Date | string | number = now()): dayjs.Dayjs {
  return dayjs(at).utcOffset(CHINA_OFFSET_MINUTES);
}

/** The date in China, `YYYY-MM-DD`. */
export function chinaToday(at: Date = now()): string {
  return inChina(at).format('YYYY-MM-DD');
}

/** The time in China to the minute, `YYYY-MM-DD HH:mm`: as messages show it. */
export function chinaMinute(at: Date = now()): string {
  return inChina(at).format('YYYY-MM-DD HH:mm');
}

/** The first instant of a China calendar date `YYYY-MM-DD`. */
export function startOfChinaDay(date: string): Date {
  return new Date(`${date}T00:00:00+08:00`);
}
