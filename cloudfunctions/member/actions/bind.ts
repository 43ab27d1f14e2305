import type { BindAttemptsDoc, InviteDoc, MemberDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById, transaction } from '../../_shared/db';
import { AppError } from '../../_shared/errors';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { requireAuthorityOver } from '../../_shared/scope';
import { loadMember } from '../repo';
import {
  MAX_WRONG_TRIES_PER_HOUR,
  normaliseInviteCode,
  recentFailures,
} from '../rules/invite-code';
import { toView } from '../views';

/**
 * Binds the calling WeChat user to the roster entry a code was issued for. The code, the
 * member and the OPENID's binding record change together in one transaction, so a code binds
 * once and a WeChat user binds one member, however many taps race.
 */
export const bind = action('member', 'bind', {
  async handler({ code }, caller) {
    if (caller.member) throw new AppError('CONFLICT', '你已绑定党员身份，无需重复绑定');
    const now = clock.now();
    const attempts = await findById<BindAttemptsDoc>(COLLECTIONS.bindAttempts.name, caller.openid);
    const failures = recentFailures(attempts?.failures ?? [], now);
    if (failures.length >= MAX_WRONG_TRIES_PER_HOUR) {
      throw new AppError('RATE_LIMITED', '邀请码错误次数过多，请一小时后再试');
    }

    const invite = await findById<InviteDoc>(COLLECTIONS.invites.name, normaliseInviteCode(code));
    const refusal = !invite
      ? '邀请码不正确，请核对后重新输入'
      : invite.revokedAt
        ? '该邀请码已作废，请向支部书记重新索取'
        : invite.usedAt
          ? '该邀请码已被使用'
          : new Date(invite.expiresAt) <= now
            ? '该邀请码已过期，请向支部书记重新索取'
            : null;
    if (refusal || !invite) {
      await db
        .collection(COLLECTIONS.bindAttempts.name)
        .doc(caller.openid)
        .set({ data: { failures: [...failures, now] } });
      throw new AppError('INVALID_ARGUMENT', refusal ?? '邀请码不正确', 'code');
    }

    const { invites, members, bindings } = {
      invites: COLLECTIONS.invites.name,
      members: COLLECTIONS.members.name,
      bindings: COLLECTIONS.bindings.name,
    };
    const member = await transaction(async (tx) => {
      const fresh = await tx.get<InviteDoc>(invites, invite._id);
      if (fresh.usedAt || fresh.revokedAt) throw new AppError('CONFLICT', '该邀请码已被使用');
      const target = await tx.get<MemberDoc>(members, invite.memberId);
      if (target.openid) throw new AppError('CONFLICT', '该党员已绑定其他微信，请联系支部书记');
      if (await tx.exists(bindings, caller.openid))
        throw new AppError('CONFLICT', '你已绑定党员身份，无需重复绑定');
      await tx.set(bindings, caller.openid, { memberId: target._id, boundAt: now });
      await tx.update(invites, invite._id, { usedAt: now, usedBy: caller.openid });
      await tx.update(members, target._id, { openid: caller.openid, updatedAt: now });
      return { ...target, openid: caller.openid };
    });
    const org = await loadOrg(member.orgId);
    return {
      bound: true,
      member: toView(member),
      roles: member.roles,
      org: { _id: org._id, name: org.name, type: org.type },
    };
  },
});

/**
 * Releases a member's WeChat binding so they can bind another account with a new code. Only
 * someone with authority over every organisation the member's roles cover may do it: whoever
 * releases a binding decides who binds next.
 */
export const unbind = action('member', 'unbind', {
  async handler({ memberId }, caller) {
    const viewer = requireMember(caller);
    const { member } = await loadMember(memberId);
    requireAuthorityOver(viewer, member);
    if (!member.openid) return { unbound: false };
    const unbound = await transaction(async (tx) => {
      const fresh = await tx.get<MemberDoc>(COLLECTIONS.members.name, memberId);
      requireAuthorityOver(viewer, fresh);
      if (!fresh.openid) return false;
      await tx.update(COLLECTIONS.members.name, memberId, { openid: null, updatedAt: clock.now() });
      await tx.remove(COLLECTIONS.bindings.name, fresh.openid);
      return true;
    });
    return { unbound };
  },
});
