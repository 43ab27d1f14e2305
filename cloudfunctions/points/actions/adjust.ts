import { pointsSchemas } from '../../../typings/functions/points';
import { requireMember } from '../../_shared/caller';
import { checkText } from '../../_shared/content-check';
import { AppError, forbidden } from '../../_shared/errors';
import { newId } from '../../_shared/ids';
import { awardPoints, entryIdOf } from '../../_shared/points/award';
import { action } from '../../_shared/router';
import { managesOrg } from '../../_shared/scope';
import { loadMember } from '../repo';

/**
 * A manual award (补发) or deduction (违规扣减) by the secretary of the member's branch or an
 * admin above it, with a reason that passes content security. Nobody adjusts their own points.
 */
export const adjust = action({
  schema: pointsSchemas.adjust,
  async handler({ memberId, points, reason }, caller) {
    const viewer = requireMember(caller);
    const { member, org } = await loadMember(memberId);
    if (!managesOrg(viewer, org))
      throw forbidden('只有该党员所在支部的书记或上级管理员可以调整积分');
    if (member._id === viewer._id) throw forbidden('不能调整自己的积分');
    if ((await checkText(reason, caller.openid, 2)) !== 'pass') {
      throw new AppError('CONTENT_REJECTED', '调整原因未通过内容安全检查，请修改后重试', 'reason');
    }
    const rule = points > 0 ? 'manual_award' : 'manual_deduct';
    const sourceId = newId();
    const result = await awardPoints({
      memberId: member._id,
      orgId: member.orgId,
      orgPath: member.orgPath,
      rule,
      sourceId,
      amount: points,
      grantedBy: viewer._id,
      reason,
    });
    return { entryId: entryIdOf(rule, member._id, sourceId), awarded: result.awarded };
  },
});
