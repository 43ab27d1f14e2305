import type { MailboxDelegatesDoc, MemberDoc } from '../../typings/documents';
import { isAdminRole, isBranchManagerRole } from '../../typings/policy';
import { DISCIPLINE_TITLE } from '../../typings/policy/mailbox';
import { db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';
import { forbidden } from '../_shared/errors';
import { boxOf } from './keys';

/**
 * The mailboxes a member answers by their own roles: the managers' box of each organisation
 * they lead (书记, 副书记, an admin of a 党委) and the discipline box of a branch whose 纪检委员
 * they are. An admin's box is their own organisation's only: letters below are not theirs.
 */
export function ownBoxes(member: MemberDoc): string[] {
  const boxes = new Set<string>();
  for (const role of member.roles) {
    if (isBranchManagerRole(role) || isAdminRole(role)) boxes.add(boxOf(role.orgId, 'managers'));
    if (role.code === 'committee' && role.title === DISCIPLINE_TITLE)
      boxes.add(boxOf(role.orgId, 'discipline'));
  }
  return [...boxes];
}

/** The boxes others named this member a deputy reader of. */
export async function delegatedBoxes(memberId: string): Promise<string[]> {
  const { data } = await db
    .collection(COLLECTIONS.mailboxDelegates.name)
    .where({ memberIds: memberId })
    .limit(20)
    .get<MailboxDelegatesDoc>();
  return [...new Set(data.flatMap((d) => d.boxes))];
}

/** The boxes whose letters this member reads: their own, or (having none) those delegated to them. */
export async function readableBoxes(member: MemberDoc): Promise<string[]> {
  const own = ownBoxes(member);
  return own.length > 0 ? own : delegatedBoxes(member._id);
}

/** Only the addressee and their deputies read a letter's content (docs/domain.md §8.5). */
export async function requireReader(member: MemberDoc, box: string): Promise<void> {
  if (ownBoxes(member).includes(box)) return;
  if ((await delegatedBoxes(member._id)).includes(box)) return;
  throw forbidden('这封信不是写给你的，只有收信人和他指定的代阅人可以查看内容');
}
