import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { checkText } from '../../_shared/content-check';
import { AppError, invalidArgument } from '../../_shared/errors';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { toView } from '../views';

/**
 * The member's own nickname and avatar. A nickname passes content security first (a profile
 * cannot wait for a human review, so `review` is refused too); an avatar must be a file the
 * member uploaded under their own folder.
 */
export const updateProfile = action('member', 'updateProfile', {
  async handler({ nickname, avatar }, caller) {
    const member = requireMember(caller);
    if (nickname !== undefined) {
      const verdict = await checkText(nickname, caller.openid, 1);
      if (verdict !== 'pass')
        throw new AppError('CONTENT_REJECTED', '昵称未通过内容安全检查，请换一个', 'nickname');
    }
    if (avatar !== undefined && !avatar.includes(`/avatars/${member._id}/`)) {
      throw invalidArgument('头像文件无效，请重新选择', 'avatar');
    }
    const patch = {
      ...(nickname !== undefined ? { nickname } : {}),
      ...(avatar !== undefined ? { avatar } : {}),
      updatedAt: now(),
    };
    await db.collection(COLLECTIONS.members.name).doc(member._id).update({ data: patch });
    const org = await loadOrg(member.orgId);
    const updated = { ...member, ...patch };
    return {
      bound: true,
      member: toView(updated),
      roles: updated.roles,
      org: { _id: org._id, name: org.name, type: org.type },
    };
  },
});
