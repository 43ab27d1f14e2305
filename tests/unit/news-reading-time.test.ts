import {
  creditedSeconds,
  QUALIFYING_SECONDS,
  READING_CAP_SECONDS,
} from '../../cloudfunctions/news/rules/reading-time';

// Reading is rewarded only for real reading (the points rule read_article needs ≥30 s): the
// page's heartbeats are trusted up to the wall-clock time since the open and a 600 s cap.
const opened = new Date('2026-11-21T08:00:00Z');
const after = (s: number) => new Date(opened.getTime() + s * 1000);

describe('creditedSeconds', () => {
  it.each([
    ['adds a heartbeat within the time since opening', 0, 15, 20, 15],
    ['never exceeds the wall-clock time since opening', 0, 120, 45, 45],
    ['adds up heartbeats', 30, 15, 60, 45],
    ['stops at the cap', 590, 60, 3600, READING_CAP_SECONDS],
    ['never goes backwards (a clock check below what is stored)', 40, 10, 20, 40],
  ])('%s', (_rule, stored, reported, sinceOpen, expected) => {
    expect(creditedSeconds(stored, reported, opened, after(sinceOpen))).toBe(expected);
  });

  it('qualifies at 30 seconds', () => {
    expect(QUALIFYING_SECONDS).toBe(30);
  });
});
