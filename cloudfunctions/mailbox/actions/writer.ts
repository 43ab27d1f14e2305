import type { LetterDoc, LetterReply, SubscriptionDoc } from '../../../typings/documents';
import { requireMember, type Caller } from '../../_shared/caller';
import { chinaToday } from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { checkText } from '../../_shared/content-check';
import { findById } from '../../_shared/db';
import { AppError, forbidden } from '../../_shared/errors';
import { recordAccepted, subscriptionId } from '../../_shared/notices/push';
import { byKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { bump, statusMove } from '../counters';
import { statsIdsOf } from '../keys';
import { letterByTicket } from '../guesses';
import { letters, loadLetter, loadSettings } from '../repo';
import { addDays, canRate, onReopen } from '../rules/handling';
import { REPLY_TEMPLATE_ID } from '../templates';
import { toMineItem, toView } from '../views';

const PAGE_SIZE = 20;

/** The writer's letter: by ticket when anonymous, by id (their own, named) otherwise. */
async function writersLetter(
  ref: { letterId?: string; ticket?: string },
  caller: Caller,
): Promise<LetterDoc> {
  if (ref.ticket !== undefined) return letterByTicket(ref.ticket, caller.openid);
  const member = requireMember(caller);
  const letter = await loadLetter(ref.letterId ?? '');
  if (letter.anonymous || letter.writerId !== member._id) throw forbidden('这不是你写的信');
  return letter;
}

/** An anonymous letter and its replies, for whoever holds its ticket. */
export const byTicket = action('mailbox', 'byTicket', {
  async handler({ ticket }, caller) {
    return toView(await letterByTicket(ticket, caller.openid), chinaToday());
  },
});

/** The caller's named letters, newest day first. */
export const mine = action('mailbox', 'mine', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const page = await readPage<LetterDoc>({
      collection: letters,
      where: { writerId: member._id },
      order: byKey('sortKey', 'desc'),
      cursor,
      size: PAGE_SIZE,
    });
    return { items: page.items.map(toMineItem), nextCursor: page.nextCursor };
  },
});

/** A named letter and its replies, for its writer (我的信件). */
export const myLetter = action('mailbox', 'myLetter', {
  async handler({ letterId }, caller) {
    return toView(await writersLetter({ letterId }, caller), chinaToday());
  },
});

/** The writer rates the answer, once (docs/domain.md §8.5). */
export const rate = action('mailbox', 'rate', {
  async handler({ letterId, ticket, rating }, caller) {
    const letter = await writersLetter({ letterId, ticket }, caller);
    const move = canRate(letter.status, letter.rating !== null);
    if (!move.ok) throw new AppError('CONFLICT', move.reason);
    const { stats } = await db
      .collection(letters)
      .where({ _id: letter._id, rating: null })
      .update({ data: { rating } });
    if (stats.updated === 0) throw new AppError('CONFLICT', '已经评价过了');
    return { rating };
  },
});

/**
 * The writer reopens an answered letter once, saying what is still wrong; the answer is due
 * again within the answer time from that day (docs/domain.md §8.5).
 */
export const reopen = action('mailbox', 'reopen', {
  async handler({ letterId, ticket, text }, caller) {
    const letter = await writersLetter({ letterId, ticket }, caller);
    const move = onReopen(letter.status, letter.reopened);
    if (!move.ok) throw new AppError('CONFLICT', move.reason);
    const [verdict, settings] = await Promise.all([
      checkText(text, caller.openid, 2),
      loadSettings(letter.orgPath),
    ]);
    if (verdict === 'risky')
      throw new AppError('CONTENT_REJECTED', '内容含有不符合规范的词语，请修改后再提交');
    const today = chinaToday();
    const reply: LetterReply = { from: 'writer', name: null, text, photos: [], day: today };
    const { stats } = await db
      .collection(letters)
      .where({ _id: letter._id, status: letter.status, reopened: false })
      .update({
        data: {
          status: move.status,
          reopened: true,
          replies: [...letter.replies, reply],
          deadline: addDays(today, settings.replyDays),
        },
      });
    if (stats.updated === 0) throw new AppError('CONFLICT', '信件刚被处理过，请刷新后再试');
    await bump(statsIdsOf(letter), statusMove(letter.status, move.status));
    return { status: move.status };
  },
});

/** The template a named writer is asked to accept, fetched before the tap that asks. */
export const replyTemplate = action('mailbox', 'replyTemplate', {
  async handler() {
    return { templateId: REPLY_TEMPLATE_ID };
  },
});

/** A named writer accepted (or not) one message telling them of the answer. */
export const subscribeReplies = action('mailbox', 'subscribeReplies', {
  async handler({ accepted }, caller) {
    const member = requireMember(caller);
    if (accepted) {
      const quota = await recordAccepted(member._id, [REPLY_TEMPLATE_ID]);
      return { quota: quota[REPLY_TEMPLATE_ID] ?? 0 };
    }
    const ledger = await findById<SubscriptionDoc>(
      COLLECTIONS.subscriptions.name,
      subscriptionId(member._id, REPLY_TEMPLATE_ID),
    );
    return { quota: ledger?.quota ?? 0 };
  },
});
