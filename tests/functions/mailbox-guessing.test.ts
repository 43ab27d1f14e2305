import { randomInt } from 'node:crypto';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';

/**
 * docs/domain.md §8.3: 10,000 wrong tickets tried in a row are refused. They are sent through
 * the gateway, 20 at a time, as one WeChat user, and 1,000 more from as many different users: only
 * the budgets' worth are checked at all (one user ten an hour, everyone sixty a minute), the
 * rest are refused by one database read before any lookup, no wrong ticket opens a letter, and
 * once the window passes the right ticket opens its letter again.
 */

const IN_A_ROW = 10_000;
const SPREAD = 1_000;
const AT_ONCE = 20;
const PER_CALLER_HOUR = 10;
const PER_MINUTE = 60;

let t: TestCloud;
let ticket: string;

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-07T10:00:00+08:00' });
  ticket =
    ok(
      await t.call(ID.member, 'mailbox', 'send', {
        to: 'branch',
        text: '车间的更衣柜锁坏了一排，东西放进去不放心。',
        anonymous: true,
      }),
    ).ticket ?? '';
});
afterAll(() => t.close());

function wrongTicket(): string {
  const guess = Array.from({ length: 20 }, () => randomInt(10)).join('');
  return guess === ticket ? wrongTicket() : guess;
}

interface Run {
  answers: Map<string, number>;
  messages: Set<string>;
  opened: number;
  /** Refused guesses that took more than the caller's lookup and one read of the budgets. */
  costly: number;
  perSecond: number;
}

/** Tries `tries` wrong tickets, AT_ONCE at a time, as `callerOf(i)`; tallies the answers. */
async function guess(tries: number, callerOf: (i: number) => string): Promise<Run> {
  const run: Run = {
    answers: new Map(),
    messages: new Set(),
    opened: 0,
    costly: 0,
    perSecond: 0,
  };
  const started = performance.now();
  for (let i = 0; i < tries; i += AT_ONCE) {
    const replies = await Promise.all(
      Array.from({ length: AT_ONCE }, (_, k) =>
        t.post('mailbox', { action: 'byTicket', data: { ticket: wrongTicket() } }, callerOf(i + k)),
      ),
    );
    for (const { body, dbOps } of replies) {
      if (body.ok) run.opened++;
      else {
        run.answers.set(body.error.code, (run.answers.get(body.error.code) ?? 0) + 1);
        if (body.error.code === 'RATE_LIMITED') {
          run.messages.add(body.error.message);
          if (dbOps > 2) run.costly++;
        }
      }
    }
  }
  run.perSecond = Math.round(tries / ((performance.now() - started) / 1000));
  return run;
}

describe('10,000 wrong tickets in a row', () => {
  it('from one WeChat user: ten are checked, the rest refused untried', async () => {
    const run = await guess(IN_A_ROW, () => ID.member2);
    console.log(
      `一个用户连续猜 ${IN_A_ROW} 次：每秒 ${run.perSecond} 次`,
      Object.fromEntries(run.answers),
    );
    expect(run.opened).toBe(0);
    expect(run.answers.get('NOT_FOUND')).toBe(PER_CALLER_HOUR);
    expect(run.answers.get('RATE_LIMITED')).toBe(IN_A_ROW - PER_CALLER_HOUR);
    expect([...run.messages]).toEqual(['凭证号错误次数过多，请一小时后再试']);
    // Refused by one read of the budgets, but for those that raced the last checks to the budget.
    expect(run.costly).toBeLessThanOrEqual(AT_ONCE);
  }, 900_000);

  it('the guesser is refused even the right ticket until the hour is over; its writer is not', async () => {
    expect(code(await t.call(ID.member2, 'mailbox', 'byTicket', { ticket }))).toBe('RATE_LIMITED');
    expect(ok(await t.call(ID.member, 'mailbox', 'byTicket', { ticket })).anonymous).toBe(true);
    t.cloud.clock.advance(60 * 60 * 1000);
    expect(ok(await t.call(ID.member2, 'mailbox', 'byTicket', { ticket })).anonymous).toBe(true);
  });

  it('from 1,000 WeChat users: sixty a minute are checked in all, the rest refused', async () => {
    t.cloud.clock.advance(60 * 1000);
    const run = await guess(SPREAD, (i) => `o-guesser-${i}`);
    console.log(
      `${SPREAD} 个用户各猜一次：每秒 ${run.perSecond} 次`,
      Object.fromEntries(run.answers),
    );
    expect(run.opened).toBe(0);
    expect(run.answers.get('NOT_FOUND')).toBe(PER_MINUTE);
    expect(run.answers.get('RATE_LIMITED')).toBe(SPREAD - PER_MINUTE);
    expect(run.costly).toBeLessThanOrEqual(AT_ONCE);
    expect([...run.messages]).toEqual(['凭证号查询过于频繁，请稍后再试']);
  }, 300_000);

  it('the writer waits out the minute, then the ticket opens the letter', async () => {
    expect(code(await t.call(ID.member, 'mailbox', 'byTicket', { ticket }))).toBe('RATE_LIMITED');
    t.cloud.clock.advance(60 * 1000);
    const letter = ok(await t.call(ID.member, 'mailbox', 'byTicket', { ticket }));
    expect(letter).toMatchObject({ anonymous: true, writerName: null });
  });

  it('a right ticket spends nothing of the budgets', async () => {
    for (let i = 0; i < PER_CALLER_HOUR + 5; i++)
      ok(await t.call(ID.member, 'mailbox', 'byTicket', { ticket }));
    expect(code(await t.call(ID.member, 'mailbox', 'byTicket', { ticket: wrongTicket() }))).toBe(
      'NOT_FOUND',
    );
  });
});
