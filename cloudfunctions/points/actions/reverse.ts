import type { PointEntryDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { COLLECTIONS } from '../../_shared/collections';
import { checkText } from '../../_shared/content-check';
import { findById } from '../../_shared/db';
import { AppError, forbidden, invalidArgument, notFound } from '../../_shared/errors';
import { book } from '../../_shared/points/book';
import { reversalOf, reversalRefusal } from '../../_shared/points/rules/reversal';
import { action } from '../../_shared/router';
import { administersOrg } from '../../_shared/scope';

/**
 * Corrects a wrong entry the only way a ledger allows: a new entry with the opposite points
 * and a reason, by an admin above the member. Nothing is deleted, and an entry is reversed once.
 */
export const reverse = action('points', 'reverse', {
  async handler({ entryId, reason }, caller) {
    const viewer = requireMember(caller);
    const entry = await findById<PointEntryDoc>(COLLECTIONS.pointLedger.name, entryId);
    if (!entry) throw notFound('找不到该积分记录');
    if (!administersOrg(viewer, { _id: entry.orgId, path: entry.orgPath })) {
      throw forbidden('只有上级组织管理员可以冲正积分记录');
    }
    // As with adjust: nobody changes their own points, a reversal included.
    if (entry.memberId === viewer._id) throw forbidden('不能冲正自己的积分记录');
    const refusal = reversalRefusal(entry);
    if (refusal) throw invalidArgument(refusal, 'entryId');
    if ((await checkText(reason, caller.openid, 2)) !== 'pass') {
      throw new AppError('CONTENT_REJECTED', '冲正原因未通过内容安全检查，请修改后重试', 'reason');
    }
    const reversal = reversalOf(entry, { memberId: viewer._id }, reason, now());
    const result = await book(reversal, null);
    if (result.duplicate) throw new AppError('CONFLICT', '该记录已冲正，不能重复冲正');
    return { entryId: reversal._id, points: reversal.points };
  },
});
