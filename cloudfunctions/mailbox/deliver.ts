import type { LetterDoc, LetterRoute, MemberDoc, OrganisationDoc } from '../../typings/documents';
import type { LetterCategory, LetterKind, LetterTarget } from '../../typings/policy/mailbox';
import { DISCIPLINE_TITLE, MAILBOX_LIMITS } from '../../typings/policy/mailbox';
import { requireMember, type Caller } from '../_shared/caller';
import { chinaToday } from '../_shared/clock';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { checkText } from '../_shared/content-check';
import { findById } from '../_shared/db';
import { isDuplicateKey } from '../_shared/db-errors';
import { AppError } from '../_shared/errors';
import { newId } from '../_shared/ids';
import { arrival, bump } from './counters';
import { boxOf, statsIdsOf } from './keys';
import { dropFiles, takePhotos } from './photos';
import { letters, loadSettings } from './repo';
import { categorise } from './rules/categorise';
import { addDays } from './rules/handling';
import { hashTicket, keyed, letterIdOf, ticketIndexOf, ticketOf } from './secret';

/** msgSecCheck scene 2 (comment): a letter is a private message to one reader. */
const LETTER_SCENE = 2;

export interface Delivery {
  kind: LetterKind;
  to: LetterTarget;
  requestId?: string;
  text: string;
  place: string | null;
  anonymous: boolean;
  category?: LetterCategory;
  photos: string[];
}

interface Address {
  orgId: string;
  orgPath: string;
  route: LetterRoute;
}

const limits = () => db.collection(COLLECTIONS.mailboxLimits.name);

/**
 * Stores a letter or a 随手拍 report. For an anonymous one nothing written holds the writer
 * (docs/domain.md §8.3): the id and ticket are keyed hashes of the writer's request, the ticket
 * is kept only as a lookup HMAC and a salted scrypt hash, the time is the day and the order
 * within it the random id's, the daily count sits under a keyed hash of writer and day, and the
 * photos are re-encoded copies at server paths, the uploads deleted. Nothing here logs.
 */
export async function deliver(input: Delivery, caller: Caller) {
  const member = requireMember(caller);
  const requestId = input.requestId ?? newId();
  const letterId = letterIdOf(caller.openid, requestId);
  const ticket = input.anonymous ? ticketOf(caller.openid, requestId) : undefined;
  const answer = ticket ? { letterId, ticket } : { letterId };
  // A retried send with photos finds its letter before looking for uploads already taken.
  if (input.photos.length > 0 && (await findById<LetterDoc>(letters, letterId))) return answer;

  const [address, settings, verdict] = await Promise.all([
    addressOf(member, input),
    loadSettings(member.orgPath),
    checkText(
      input.place ? `${input.text}\n${input.place}` : input.text,
      caller.openid,
      LETTER_SCENE,
    ),
  ]);
  if (verdict === 'risky')
    throw new AppError('CONTENT_REJECTED', '信件含有不符合规范的内容，请修改后再发送');

  const day = chinaToday();
  const quotaId = keyed('day', caller.openid, day);
  await takeQuota(quotaId, day);
  let photos: string[] = [];
  try {
    photos = await takePhotos(letterId, input.photos);
    const suggestion = categorise(input.text, settings.rules);
    const box = boxOf(address.orgId, address.route);
    const letter: LetterDoc = {
      _id: letterId,
      kind: input.kind,
      to: input.to,
      orgId: address.orgId,
      orgPath: address.orgPath,
      route: address.route,
      box,
      category: input.category ?? suggestion.category,
      suggested: suggestion.category,
      confidence: suggestion.confidence,
      status: '未读',
      anonymous: input.anonymous,
      writerId: input.anonymous ? null : member._id,
      writerName: input.anonymous ? null : member.name,
      text: input.text,
      place: input.place,
      photos,
      day,
      sortKey: `${day}|${letterId}`,
      deadline: addDays(day, settings.replyDays),
      overdue: false,
      repliedDay: null,
      replies: [],
      rating: null,
      reopened: false,
      ticketIndex: ticket ? ticketIndexOf(ticket) : null,
      ticketHash: ticket ? await hashTicket(ticket) : null,
    };
    try {
      await db.collection(letters).add({ data: letter });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      await giveBack(quotaId);
      await dropFiles(photos);
      return answer;
    }
    await dropFiles(input.photos);
    await bump(statsIdsOf(letter), arrival(letter.category, letter.status));
    return answer;
  } catch (error) {
    await giveBack(quotaId);
    await dropFiles(photos);
    throw error;
  }
}

/** One of the writer's letters for today, or RATE_LIMITED after the fifth. */
async function takeQuota(quotaId: string, day: string): Promise<void> {
  try {
    await limits().add({ data: { _id: quotaId, count: 1, day } });
    return;
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
  }
  const { stats } = await limits()
    .where({ _id: quotaId, count: _.lt(MAILBOX_LIMITS.perDay) })
    .update({ data: { count: _.inc(1) } });
  if (stats.updated === 0) {
    throw new AppError('RATE_LIMITED', `每人每天最多写 ${MAILBOX_LIMITS.perDay} 封信，请明天再写`);
  }
}

async function giveBack(quotaId: string): Promise<void> {
  await limits()
    .where({ _id: quotaId })
    .update({ data: { count: _.inc(-1) } });
}

/**
 * Where a letter goes: the writer's branch, or the nearest 党委 above it; a 随手拍 report to
 * the branch's 纪检委员, or its 书记 when it has none (docs/domain.md §8.2, §8.5).
 */
async function addressOf(member: MemberDoc, input: Delivery): Promise<Address> {
  if (input.kind === 'letter' && input.to === 'branch')
    return { orgId: member.orgId, orgPath: member.orgPath, route: 'managers' };
  const ids = member.orgPath.split('/').filter(Boolean);
  const { data: orgs } = await db
    .collection(COLLECTIONS.organisations.name)
    .where({ _id: _.in(ids) })
    .field({ _id: true, type: true, path: true, committee: true })
    .get<Pick<OrganisationDoc, '_id' | 'type' | 'path' | 'committee'>>();
  const byId = new Map(orgs.map((o) => [o._id, o]));
  if (input.kind === 'snap') {
    const branch = byId.get(member.orgId);
    const inspector = branch?.committee.some((s) => s.title === DISCIPLINE_TITLE) ?? false;
    return {
      orgId: member.orgId,
      orgPath: member.orgPath,
      route: inspector ? 'discipline' : 'managers',
    };
  }
  const above = ids
    .slice(0, -1)
    .reverse()
    .map((id) => byId.get(id))
    .find((o) => o?.type === '党委');
  const committee = above ?? byId.get(ids[0]);
  if (!committee) throw new AppError('NOT_FOUND', '找不到上级党委');
  return { orgId: committee._id, orgPath: committee.path, route: 'managers' };
}
