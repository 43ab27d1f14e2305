import { requireMember } from '../../_shared/caller';
import { forbidden } from '../../_shared/errors';
import { action } from '../../_shared/router';
import { administersOrg } from '../../_shared/scope';
import { recordFullRead } from '../audit';
import { pendingShownTo } from '../duplicates';
import { unseal } from '../protect';
import { loadMember } from '../repo';

/**
 * The full ID and phone numbers: only the member themself and admins above them; every read is
 * logged. A number held pending is the record's number, marked so only for an admin who sees
 * the other records holding it (duplicates.ts).
 */
export const reveal = action('member', 'reveal', {
  async handler({ id }, caller) {
    const viewer = requireMember(caller);
    const target = await loadMember(id);
    if (viewer._id !== target.member._id && !administersOrg(viewer, target.org)) {
      throw forbidden('只有本人和组织管理员可以查看完整的身份证号和手机号');
    }
    await recordFullRead(viewer, [target.member], target.org, 'reveal');
    const { idNumberEnc, idNumberPendingEnc, phoneEnc } = target.member;
    const idNumber = idNumberEnc ?? idNumberPendingEnc ?? null;
    return {
      idNumber: idNumber ? unseal(idNumber) : null,
      phone: phoneEnc ? unseal(phoneEnc) : null,
      idNumberPending: (await pendingShownTo(viewer, [target.member])).has(target.member._id),
    };
  },
});
