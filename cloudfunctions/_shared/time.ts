/** China has one time zone, UTC+8, and no daylight saving: calendar days are counted there. */
const UTC8_MS = 8 * 3600_000;

/** Today's date in China, `YYYY-MM-DD`. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + UTC8_MS).toISOString().slice(0, 10);
}

/** The time in China to the minute, `YYYY-MM-DD HH:mm`: as messages show it. */
export function chinaMinute(now = new Date()): string {
  return new Date(now.getTime() + UTC8_MS).toISOString().slice(0, 16).replace('T', ' ');
}
