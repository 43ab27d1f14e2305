import type { PointEntryDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { reversalIdOf, reversalRefusal } from '../../_shared/points/rules/reversal';
import { action } from '../../_shared/router';
import { ALREADY_CORRECTED, loadEntryToCorrect, OWN_ENTRY } from '../correction';
import { ledgerItemOf } from '../ledger-page';
import { loadMemberBrief } from '../repo';

/**
 * What the correction page shows an admin before they correct an entry: the entry with its
 * points and reason, whose it is, and whether `reverse` would take it. Scoped as `reverse` is.
 */
export const entry = action('points', 'entry', {
  async handler({ entryId }, caller) {
    const viewer = requireMember(caller);
    const found = await loadEntryToCorrect(entryId, viewer);
    const [member, correction] = await Promise.all([
      loadMemberBrief(found.memberId),
      findById<PointEntryDoc>(COLLECTIONS.pointLedger.name, reversalIdOf(found._id)),
    ]);
    const refusal =
      found.memberId === viewer._id
        ? OWN_ENTRY
        : (reversalRefusal(found) ?? (correction ? ALREADY_CORRECTED : null));
    return {
      entry: ledgerItemOf(found),
      member: { _id: member._id, name: member.name, orgName: member.orgName },
      refusal,
    };
  },
});
