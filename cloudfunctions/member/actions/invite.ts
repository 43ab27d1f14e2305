import type { InviteDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { isDuplicateKey } from '../../_shared/db-errors';
import { AppError } from '../../_shared/errors';
import { action } from '../../_shared/router';
import { requireAuthorityOver } from '../../_shared/scope';
import { loadMember } from '../repo';
import { INVITE_TTL_DAYS, newInviteCode } from '../rules/invite-code';

const invites = () => db.collection(COLLECTIONS.invites.name);

/** Voids a member's open codes: only the newest one a secretary handed out should work. */
async function revokeOpen(memberId: string): Promise<number> {
  const { stats } = await invites()
    .where({ memberId, usedAt: null, revokedAt: null })
    .update({ data: { revokedAt: clock.now() } });
  return stats.updated;
}

/**
 * A one-time code, valid for 7 days, that lets one WeChat user bind to this roster entry: for
 * someone with authority over every organisation the member's roles cover.
 */
export const issueInvite = action('member', 'issueInvite', {
  async handler({ memberId }, caller) {
    const viewer = requireMember(caller);
    const { member, org } = await loadMember(memberId);
    requireAuthorityOver(viewer, member);
    if (member.openid) throw new AppError('CONFLICT', '该党员已绑定微信；如需更换，请先解除绑定');
    await revokeOpen(memberId);

    const now = clock.now();
    const expiresAt = clock.dayjs(now).add(INVITE_TTL_DAYS, 'day').toDate();
    // A code is its own document id, so the database refuses the rare repeated code.
    for (let attempt = 0; attempt < 3; attempt++) {
      const invite: InviteDoc = {
        _id: newInviteCode(),
        memberId,
        orgId: org._id,
        issuedBy: viewer._id,
        createdAt: now,
        expiresAt,
        usedAt: null,
        usedBy: null,
        revokedAt: null,
      };
      try {
        await invites().add({ data: invite });
        return { code: invite._id, expiresAt: expiresAt.toISOString() };
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
    }
    throw new AppError('INTERNAL', '生成邀请码失败，请重试');
  },
});

export const revokeInvite = action('member', 'revokeInvite', {
  async handler({ memberId }, caller) {
    const viewer = requireMember(caller);
    const { member } = await loadMember(memberId);
    requireAuthorityOver(viewer, member);
    return { revoked: await revokeOpen(memberId) };
  },
});
