import type {
  LetterDoc,
  LetterReply,
  MailboxStatsDoc,
  MemberDoc,
} from '../../../typings/documents';
import { MAILBOX_LIMITS } from '../../../typings/policy/mailbox';
import { requireMember } from '../../_shared/caller';
import { chinaToday } from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { checkText } from '../../_shared/content-check';
import { findById } from '../../_shared/db';
import { AppError } from '../../_shared/errors';
import { pushToMember } from '../../_shared/notices/push';
import { byKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { readableBoxes, requireReader } from '../boxes';
import { bump, categoryMove, firstReply, overdueMove, statusMove } from '../counters';
import { boxStatsId, statsIdsOf } from '../keys';
import { dropFiles, takePhotos } from '../photos';
import { letters, loadLetter } from '../repo';
import { daysBetween, onOpen, onReply, setByHand } from '../rules/handling';
import { replyMessage } from '../templates';
import { toInboxItem, toView } from '../views';

const PAGE_SIZE = 20;

const changed = () => new AppError('CONFLICT', '信件刚被处理过，请刷新后再试');

/** Loads a letter for one of its readers: the addressee or a deputy they named. */
async function readersLetter(member: MemberDoc, letterId: string): Promise<LetterDoc> {
  const letter = await loadLetter(letterId);
  await requireReader(member, letter.box);
  return letter;
}

/** The letters of the caller's mailboxes, newest day first, with the unread badge. */
export const inbox = action('mailbox', 'inbox', {
  async handler({ status, category, cursor }, caller) {
    const member = requireMember(caller);
    const boxes = await readableBoxes(member);
    if (boxes.length === 0) return { items: [], nextCursor: null, unread: 0 };
    const filter = { ...(status ? { status } : {}), ...(category ? { category } : {}) };
    const [page, { data: badges }] = await Promise.all([
      readPage<LetterDoc>({
        collection: letters,
        where: boxes.map((box) => ({ box, ...filter })),
        order: byKey('sortKey', 'desc'),
        cursor,
        size: PAGE_SIZE,
      }),
      db
        .collection(COLLECTIONS.mailboxStats.name)
        .where({ _id: _.in(boxes.map(boxStatsId)) })
        .field({ byStatus: true })
        .get<Pick<MailboxStatsDoc, 'byStatus'>>(),
    ]);
    const today = chinaToday();
    return {
      items: page.items.map((l) => toInboxItem(l, today)),
      nextCursor: page.nextCursor,
      unread: badges.reduce((sum, b) => sum + Math.max(0, b.byStatus.未读 ?? 0), 0),
    };
  },
});

/** A reader opens a letter: the first open of an unread one marks it read. */
export const open = action('mailbox', 'open', {
  preload: ({ letterId }) => loadLetter(letterId),
  async handler(_data, caller, letter) {
    const member = requireMember(caller);
    await requireReader(member, letter.box);
    const next = onOpen(letter.status);
    if (next !== letter.status) {
      const { stats } = await db
        .collection(letters)
        .where({ _id: letter._id, status: letter.status })
        .update({ data: { status: next } });
      if (stats.updated > 0) {
        await bump(statsIdsOf(letter), statusMove(letter.status, next));
        letter.status = next;
      }
    }
    return toView(letter, chinaToday());
  },
});

export const setStatus = action('mailbox', 'setStatus', {
  async handler({ letterId, status }, caller) {
    const letter = await readersLetter(requireMember(caller), letterId);
    const move = setByHand(letter.status, status);
    if (!move.ok) throw new AppError('CONFLICT', move.reason);
    if (move.status === letter.status) return { status: move.status };
    const { stats } = await db
      .collection(letters)
      .where({ _id: letter._id, status: letter.status })
      .update({ data: { status: move.status } });
    if (stats.updated === 0) throw changed();
    await bump(statsIdsOf(letter), statusMove(letter.status, move.status));
    return { status: move.status };
  },
});

export const recategorise = action('mailbox', 'recategorise', {
  async handler({ letterId, category }, caller) {
    const letter = await readersLetter(requireMember(caller), letterId);
    if (category === letter.category) return { category };
    const { stats } = await db
      .collection(letters)
      .where({ _id: letter._id, category: letter.category })
      .update({ data: { category } });
    if (stats.updated === 0) throw changed();
    await bump(statsIdsOf(letter), categoryMove(letter.category, category));
    return { category };
  },
});

/**
 * An answer, with up to nine photos taken in like a letter's, reaches the writer through the
 * letter (their ticket, or 我的信件); a named writer is also told by a subscribe message when
 * they accepted one. An anonymous writer never is: nothing stored leads to them.
 */
export const reply = action('mailbox', 'reply', {
  async handler({ letterId, text, photos: uploads = [], requestId }, caller) {
    const member = requireMember(caller);
    const letter = await readersLetter(member, letterId);
    if (requestId && letter.replies.some((r) => r.requestId === requestId)) {
      return toView(letter, chinaToday());
    }
    const move = onReply(letter.status);
    if (!move.ok) throw new AppError('CONFLICT', move.reason);
    if (letter.replies.length >= MAILBOX_LIMITS.replies)
      throw new AppError('CONFLICT', '这封信的往来已经很多了，请当面沟通');
    if ((await checkText(text, caller.openid, 2)) === 'risky')
      throw new AppError('CONTENT_REJECTED', '答复含有不符合规范的内容，请修改后再发送');
    const today = chinaToday();
    const first = letter.repliedDay === null;
    const photos = await takePhotos(letter._id, uploads);
    const answer: LetterReply = {
      from: 'recipient',
      name: member.name,
      text,
      photos,
      day: today,
      ...(requestId ? { requestId } : {}),
    };
    const { stats } = await db
      .collection(letters)
      .where({
        _id: letter._id,
        status: letter.status,
        overdue: letter.overdue,
        // Two sends of one answer at once: only one finds it missing.
        ...(requestId ? { 'replies.requestId': _.neq(requestId) } : {}),
      })
      .update({
        data: {
          status: move.status,
          replies: _.push(answer),
          overdue: false,
          ...(first ? { repliedDay: today } : {}),
        },
      })
      .catch(async (error: unknown) => {
        await dropFiles(photos);
        throw error;
      });
    if (stats.updated === 0) {
      await dropFiles(photos);
      const now = requestId ? await loadLetter(letterId) : null;
      if (now?.replies.some((r) => r.requestId === requestId)) return toView(now, today);
      throw changed();
    }
    await Promise.all([
      dropFiles(uploads),
      bump(statsIdsOf(letter), {
        ...statusMove(letter.status, move.status),
        ...(first ? firstReply(daysBetween(letter.day, today)) : {}),
        ...(letter.overdue ? overdueMove(-1) : {}),
      }),
      tellWriter(letter, today),
    ]);
    return toView(await loadLetter(letterId), today);
  },
});

/** A named writer's subscribe message; the answer stands whatever WeChat says. */
async function tellWriter(letter: LetterDoc, day: string): Promise<void> {
  if (letter.anonymous || !letter.writerId) return;
  const writer = await findById<Pick<MemberDoc, 'openid'>>(
    COLLECTIONS.members.name,
    letter.writerId,
  );
  await pushToMember(
    letter.writerId,
    writer?.openid ?? null,
    replyMessage(letter._id, letter.category, day),
  );
}
