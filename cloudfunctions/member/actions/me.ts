import type { OrganisationDoc } from '../../../typings/documents';
import type { MeResponse } from '../../../typings/functions/member';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { AppError } from '../../_shared/errors';
import { action } from '../../_shared/router';
import { toView } from '../views';

/** The caller's own record, roles and organisation; `{bound:false}` for an unbound WeChat user. */
export const me = action('member', 'me', {
  async handler(_data, caller): Promise<MeResponse> {
    const member = caller.member;
    if (!member) return { bound: false };
    const org = await findById<OrganisationDoc>(COLLECTIONS.organisations.name, member.orgId);
    if (!org) throw new AppError('INTERNAL', '你的组织关系数据不完整，请联系管理员');
    const { _id, name, type } = org;
    return { bound: true, member: toView(member), roles: member.roles, org: { _id, name, type } };
  },
});
