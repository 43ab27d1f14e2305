import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { checkText } from '../../_shared/content-check';
import { AppError, forbidden, invalidArgument } from '../../_shared/errors';
import { book } from '../../_shared/points/book';
import { reversalOf, reversalRefusal } from '../../_shared/points/rules/reversal';
import { action } from '../../_shared/router';
import { ALREADY_CORRECTED, loadEntryToCorrect, OWN_ENTRY } from '../correction';

/**
 * Corrects a wrong entry the only way a ledger allows: a new entry with the opposite points
 * and a reason, by an admin above the member. Nothing is deleted, and an entry is reversed once.
 */
export const reverse = action('points', 'reverse', {
  async handler({ entryId, reason }, caller) {
    const viewer = requireMember(caller);
    const entry = await loadEntryToCorrect(entryId, viewer);
    if (entry.memberId === viewer._id) throw forbidden(OWN_ENTRY);
    const refusal = reversalRefusal(entry);
    if (refusal) throw invalidArgument(refusal, 'entryId');
    if ((await checkText(reason, caller.openid, 2)) !== 'pass') {
      throw new AppError('CONTENT_REJECTED', '更正原因未通过内容安全检查，请修改后重试', 'reason');
    }
    const reversal = reversalOf(entry, { memberId: viewer._id }, reason, now());
    const result = await book(reversal, null);
    if (result.duplicate) throw new AppError('CONFLICT', ALREADY_CORRECTED);
    return { entryId: reversal._id, points: reversal.points };
  },
});
