import {
  articleSeconds,
  creditBeat,
  isComplete,
  type StudySession,
} from '../../cloudfunctions/school/rules/study-time';

// docs/domain.md §7.6: only the server's clock counts; one session, one lesson at a time;
// beats every 15 s, at most two intervals (30 s) a beat; a jump ahead of more than the elapsed
// time plus 2 s is a seek. The figures are the rule's own numbers, not the module's constants.
const t0 = new Date('2026-12-06T02:00:00Z');
const later = (s: number) => new Date(t0.getTime() + s * 1000);
const session = (over: Partial<StudySession> = {}): StudySession => ({
  lessonId: 'L1',
  sessionId: 'S1',
  seq: 3,
  at: t0,
  position: 100,
  playing: true,
  ...over,
});

describe('creditBeat (docs/domain.md §7.6)', () => {
  it.each([
    // rule, session, beat, server seconds since the last beat, credit, verdict
    ['credits a playing interval', {}, { position: 115 }, 15, 15, 'credited'],
    [
      'never more than the wall-clock time the server saw',
      {},
      { position: 130 },
      29,
      29,
      'credited',
    ],
    [
      'clock skew: a client whose clock runs fast gets only the server’s elapsed time',
      {},
      { position: 112 },
      10,
      10,
      'credited',
    ],
    [
      'a slow network: within 2 s of tolerance counts what the server saw',
      {},
      { position: 117 },
      15,
      15,
      'credited',
    ],
    ['seeking ahead earns nothing', {}, { position: 400 }, 15, 0, 'seek'],
    ['going back earns nothing', {}, { position: 60 }, 15, 0, 'idle'],
    ['nothing while paused', { playing: false }, { position: 100 }, 15, 0, 'idle'],
    [
      'nothing for an interval that began hidden',
      { playing: false },
      { position: 115 },
      15,
      0,
      'idle',
    ],
    [
      'a gap longer than the interval earns at most 30 s',
      {},
      { position: 400 },
      300,
      30,
      'credited',
    ],
    ['a gap of exactly two intervals earns 30 s', {}, { position: 130 }, 30, 30, 'credited'],
    ['part of a tenth of a second is not credited', {}, { position: 100.09 }, 0.09, 0, 'idle'],
    ['tenths of a second are credited', {}, { position: 114.96 }, 14.96, 14.9, 'credited'],
    ['a replayed beat earns nothing', {}, { seq: 3, position: 115 }, 15, 0, 'replay'],
    ['an older beat earns nothing', {}, { seq: 2, position: 115 }, 15, 0, 'replay'],
    [
      'a second device (another session) earns nothing',
      {},
      { sessionId: 'S2', position: 115 },
      15,
      0,
      'elsewhere',
    ],
    [
      'a second lesson at once earns nothing',
      {},
      { lessonId: 'L2', position: 115 },
      15,
      0,
      'elsewhere',
    ],
  ] as const)('%s', (_rule, over, beat, seconds, credit, verdict) => {
    const outcome = creditBeat(
      session(over),
      { lessonId: 'L1', sessionId: 'S1', seq: 4, playing: true, ...beat },
      later(seconds),
    );
    expect(outcome.credit).toBe(credit);
    expect(outcome.verdict).toBe(verdict);
  });

  it('earns nothing without an open session', () => {
    const beat = { lessonId: 'L1', sessionId: 'S1', seq: 1, position: 15, playing: true };
    expect(creditBeat(null, beat, later(15))).toEqual({
      credit: 0,
      verdict: 'elsewhere',
      next: null,
    });
  });

  it('moves the session on to the beat, on the server’s time, and stops crediting once paused', () => {
    const first = creditBeat(
      session(),
      { lessonId: 'L1', sessionId: 'S1', seq: 4, position: 115, playing: false },
      later(15),
    );
    expect(first.credit).toBe(15);
    expect(first.next).toEqual(session({ seq: 4, at: later(15), position: 115, playing: false }));
    const paused = creditBeat(
      first.next,
      { lessonId: 'L1', sessionId: 'S1', seq: 5, position: 115, playing: true },
      later(600),
    );
    expect(paused.credit).toBe(0);
  });

  it('leaves a replay and another session’s beat unstored', () => {
    const beat = { lessonId: 'L1', sessionId: 'S1', seq: 3, position: 115, playing: true };
    expect(creditBeat(session(), beat, later(15)).next).toBeNull();
    expect(creditBeat(session(), { ...beat, seq: 9, sessionId: 'S0' }, later(15)).next).toBeNull();
  });
});

describe('completion (docs/domain.md §7.6)', () => {
  it.each([
    // watched, duration, complete
    [539, 600, false],
    [540, 600, true],
    [600, 600, true],
    [0, 0, false],
  ])('%i s watched of %i s: complete %s', (watched, duration, complete) => {
    expect(isComplete(watched, duration)).toBe(complete);
  });

  it.each([
    // characters, seconds at 300 a minute, at least 60
    [0, 60],
    [150, 60],
    [300, 60],
    [301, 61],
    [1500, 300],
  ])('an article of %i characters asks for %i s', (chars, seconds) => {
    expect(articleSeconds(chars)).toBe(seconds);
  });
});
