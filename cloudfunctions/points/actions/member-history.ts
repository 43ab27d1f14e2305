import { requireMember } from '../../_shared/caller';
import { forbidden } from '../../_shared/errors';
import { action } from '../../_shared/router';
import { administersOrg, managesOrg } from '../../_shared/scope';
import { ledgerPage } from '../ledger-page';
import { loadMemberBrief } from '../repo';

/**
 * A member's ledger for the people who may adjust it: the secretary of their branch and the
 * admins above it (the scope of `adjust`). Three operations a page with the caller's.
 */
export const memberHistory = action('points', 'memberHistory', {
  preload: ({ memberId }) => loadMemberBrief(memberId),
  async handler({ cursor }, caller, member) {
    const viewer = requireMember(caller);
    const org = { _id: member.orgId, path: member.orgPath };
    if (!managesOrg(viewer, org))
      throw forbidden('只有该党员所在支部的书记或上级管理员可以查看其积分明细');
    const page = await ledgerPage(member._id, cursor);
    return {
      member: { _id: member._id, name: member.name, orgName: member.orgName },
      ...page,
      canReverse: administersOrg(viewer, org),
    };
  },
});
