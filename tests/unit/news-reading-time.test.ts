import { creditedSeconds } from '../../cloudfunctions/news/rules/reading-time';

// docs/domain.md §9.2: reading time counts up to 600 s an article, never more than the
// wall-clock time since the article was opened. The figures below are the rule's own numbers,
// not the module's constants, so a changed cap or a dropped bound fails here.
const opened = new Date('2026-11-21T08:00:00Z');
const after = (s: number) => new Date(opened.getTime() + s * 1000);

describe('creditedSeconds (docs/domain.md §9.2)', () => {
  it.each([
    // rule, stored, reported, seconds since opening, credited
    ['adds a heartbeat within the time since opening', 0, 15, 20, 15],
    ['adds up heartbeats', 30, 15, 60, 45],
    ['never exceeds the wall-clock time since opening', 0, 120, 45, 45],
    ['credits nothing before the page could have been read', 0, 60, 0, 0],
    ['ignores part of a second since opening', 0, 60, 29.9, 29],
    ['reaches the cap exactly', 590, 10, 3600, 600],
    ['stops at 600 s', 590, 60, 3600, 600],
    ['stays at 600 s once reached', 600, 120, 3600, 600],
    ['never goes backwards (a clock check below what is stored)', 40, 10, 20, 40],
    ['never goes backwards (a negative report)', 40, -30, 3600, 40],
  ])('%s', (_rule, stored, reported, sinceOpen, expected) => {
    expect(creditedSeconds(stored, reported, opened, after(sinceOpen))).toBe(expected);
  });
});
