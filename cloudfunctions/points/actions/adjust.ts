import type { PointEntryDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { checkText } from '../../_shared/content-check';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { AppError, forbidden } from '../../_shared/errors';
import { awardPoints, entryIdOf } from '../../_shared/points/award';
import { action } from '../../_shared/router';
import { managesOrg } from '../../_shared/scope';
import { loadMember } from '../repo';

/**
 * A manual award (补发) or deduction (违规扣减) by the secretary of the member's branch or an
 * admin above it, with a reason that passes content security. Nobody adjusts their own points.
 * The form's request id is the entry's source: a request sent again after a lost reply finds
 * the adjustment made (and finishes counting it if the first attempt died), never a second one.
 */
export const adjust = action('points', 'adjust', {
  async handler({ memberId, points, reason, requestId }, caller) {
    const viewer = requireMember(caller);
    const { member, org } = await loadMember(memberId);
    if (!managesOrg(viewer, org))
      throw forbidden('只有该党员所在支部的书记或上级管理员可以调整积分');
    if (member._id === viewer._id) throw forbidden('不能调整自己的积分');
    if ((await checkText(reason, caller.openid, 2)) !== 'pass') {
      throw new AppError('CONTENT_REJECTED', '调整原因未通过内容安全检查，请修改后重试', 'reason');
    }
    const rule = points > 0 ? 'manual_award' : 'manual_deduct';
    const entryId = entryIdOf(rule, member._id, requestId);
    const result = await awardPoints({
      memberId: member._id,
      orgId: member.orgId,
      orgPath: member.orgPath,
      rule,
      sourceId: requestId,
      amount: points,
      grantedBy: viewer._id,
      reason,
    });
    if (!result.duplicate) return { entryId, awarded: result.awarded };
    const made = await findById<PointEntryDoc>(COLLECTIONS.pointLedger.name, entryId);
    if (made?.points !== points || made.reason !== reason)
      throw new AppError('CONFLICT', '这次调整已经提交过，内容不同，请返回查看积分明细');
    return { entryId, awarded: made.points };
  },
});
