import type { LetterDoc, MailboxLimitDoc } from '../../typings/documents';
import { inChina } from '../_shared/clock';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { findOne } from '../_shared/db';
import { isDuplicateKey } from '../_shared/db-errors';
import { AppError, notFound } from '../_shared/errors';
import { letters } from './repo';
import { keyed, ticketIndexOf, ticketMatches } from './secret';

/** Wrong tickets one WeChat user may try an hour, and everyone together a minute. */
export const WRONG_PER_CALLER_HOUR = 10;
export const WRONG_PER_MINUTE = 300;

const limits = () => db.collection(COLLECTIONS.mailboxLimits.name);

/**
 * The letter a ticket opens: one indexed read by the ticket's keyed index, then the slow scrypt
 * check, which also runs when no letter matched. A guesser is counted under a keyed hash of
 * their OPENID (a guesser is not a writer) and everyone under one global budget: past either,
 * tickets are refused untried.
 */
export async function letterByTicket(ticket: string, openid: string): Promise<LetterDoc> {
  const at = inChina();
  const mine = keyed('guess', openid, at.format('YYYY-MM-DDTHH'));
  const all = `guess:${at.format('YYYY-MM-DDTHH:mm')}`;
  const [{ data: counts }, letter] = await Promise.all([
    limits()
      .where({ _id: _.in([mine, all]) })
      .get<MailboxLimitDoc>(),
    findOne<LetterDoc>(letters, { ticketIndex: ticketIndexOf(ticket) }),
  ]);
  const count = (id: string) => counts.find((c) => c._id === id)?.count ?? 0;
  if (count(mine) >= WRONG_PER_CALLER_HOUR || count(all) >= WRONG_PER_MINUTE) {
    throw new AppError('RATE_LIMITED', '凭证号尝试次数过多，请一小时后再试');
  }
  if (letter && (await ticketMatches(ticket, letter.ticketHash))) return letter;
  if (!letter) await ticketMatches(ticket, null);
  await Promise.all([countWrong(mine), countWrong(all)]);
  throw notFound('凭证号不正确，找不到对应的信件');
}

async function countWrong(id: string): Promise<void> {
  const { stats } = await limits()
    .where({ _id: id })
    .update({ data: { count: _.inc(1) } });
  if (stats.updated > 0) return;
  await limits()
    .add({ data: { _id: id, count: 1 } })
    .catch(async (error: unknown) => {
      if (!isDuplicateKey(error)) throw error;
      await limits()
        .where({ _id: id })
        .update({ data: { count: _.inc(1) } });
    });
}
