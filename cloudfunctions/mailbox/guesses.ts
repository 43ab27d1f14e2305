import type { LetterDoc, MailboxLimitDoc } from '../../typings/documents';
import { inChina } from '../_shared/clock';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { findOne } from '../_shared/db';
import { isDuplicateKey } from '../_shared/db-errors';
import { AppError, notFound } from '../_shared/errors';
import { letters } from './repo';
import { keyed, ticketIndexOf, ticketMatches } from './secret';

/** Tickets one WeChat user may have checked an hour, and everyone together a minute. */
export const GUESSES_PER_CALLER_HOUR = 10;
export const GUESSES_PER_MINUTE = 60;

const limits = () => db.collection(COLLECTIONS.mailboxLimits.name);

interface Budget {
  id: string;
  max: number;
  refusal: string;
  /** The day its window falls in (MailboxLimitDoc.day). */
  day: string;
}

/**
 * Whom a ticket check is charged to (docs/domain.md §8.3: wrong tickets are slowed and limited).
 * A guesser need not be a member and is anonymous by nature, and the threat is someone trying
 * tickets in bulk until one opens a letter. So two budgets hold: one per WeChat user an hour,
 * under a keyed hash of their OPENID and the hour, and one for everyone a minute, which bounds a
 * guesser who spreads over many accounts. Tickets are uniformly random, so a budget per ticket
 * prefix would only split the same global budget. Neither budget holds anything of the ticket,
 * and a right ticket's charge is given back, so no counter ties a guesser to a letter.
 */
function budgetsOf(openid: string): Budget[] {
  const at = inChina();
  return [
    {
      id: keyed('guess', openid, at.format('YYYY-MM-DDTHH')),
      max: GUESSES_PER_CALLER_HOUR,
      refusal: '凭证号错误次数过多，请一小时后再试',
      day: at.format('YYYY-MM-DD'),
    },
    {
      id: `guess:${at.format('YYYY-MM-DDTHH:mm')}`,
      max: GUESSES_PER_MINUTE,
      refusal: '凭证号查询过于频繁，请稍后再试',
      day: at.format('YYYY-MM-DD'),
    },
  ];
}

const refuse = (budget: Budget) => new AppError('RATE_LIMITED', budget.refusal);

/**
 * The letter a ticket opens. A refusal is decided by one read of the budgets, before any keyed
 * lookup or scrypt, so a flood of refused guesses costs almost nothing. Otherwise each budget
 * is charged (a guarded increment, so parallel guesses cannot overshoot) before the ticket is
 * looked up and checked with the slow scrypt, which also runs when no letter matched; a right
 * ticket gives its charges back.
 */
export async function letterByTicket(ticket: string, openid: string): Promise<LetterDoc> {
  const budgets = budgetsOf(openid);
  const { data: counts } = await limits()
    .where({ _id: _.in(budgets.map((b) => b.id)) })
    .get<MailboxLimitDoc>();
  const spent = budgets.find((b) => (counts.find((c) => c._id === b.id)?.count ?? 0) >= b.max);
  if (spent) throw refuse(spent);

  const charged = await Promise.all(budgets.map(charge));
  const taken = budgets.filter((_b, i) => charged[i]);
  if (taken.length < budgets.length) {
    await giveBack(taken);
    throw refuse(budgets[charged.indexOf(false)]);
  }
  const letter = await findOne<LetterDoc>(letters, { ticketIndex: ticketIndexOf(ticket) });
  const matches = await ticketMatches(ticket, letter?.ticketHash ?? null);
  if (letter && matches) {
    await giveBack(budgets);
    return letter;
  }
  throw notFound('凭证号不正确，找不到对应的信件');
}

/** Takes one check from a budget; false when it is spent. */
async function charge(budget: Budget): Promise<boolean> {
  const take = async () =>
    (
      await limits()
        .where({ _id: budget.id, count: _.lt(budget.max) })
        .update({ data: { count: _.inc(1) } })
    ).stats.updated > 0;
  if (await take()) return true;
  try {
    await limits().add({ data: { _id: budget.id, count: 1, day: budget.day } });
    return true;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    return take();
  }
}

async function giveBack(budgets: Budget[]): Promise<void> {
  if (budgets.length === 0) return;
  await limits()
    .where({ _id: _.in(budgets.map((b) => b.id)) })
    .update({ data: { count: _.inc(-1) } });
}
