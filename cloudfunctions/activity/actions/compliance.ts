import type { ComplianceDoc } from '../../../typings/documents';
import type { ComplianceRow } from '../../../typings/functions/activity';
import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { forbidden } from '../../_shared/errors';
import { loadOrg } from '../../_shared/organisations';
import { bySubtreeKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { managesOrg } from '../../_shared/scope';
import { plansFor } from '../access';
import { complianceIdOf, recomputeBranchYear } from '../compliance';

/** A page of the matrix: this many branches, each one document of twelve months. */
const PAGE = 50;

const toRow = (doc: ComplianceDoc): ComplianceRow => ({
  orgId: doc.orgId,
  orgName: doc.orgName,
  months: doc.months,
  idleMembers: doc.idleMembers.length,
});

/**
 * The maintained figures per branch and month (docs/domain.md §2.8): one branch for its 书记 or
 * 组织委员, or the branches under a 党委 or 党总支 for its admin, a page at a time.
 */
export const compliance = action('activity', 'compliance', {
  async handler({ orgId, year, cursor }, caller) {
    const member = requireMember(caller);
    const org = await loadOrg(orgId);
    if (!plansFor(member, org) && !managesOrg(member, org))
      throw forbidden('只有本组织的书记、组织委员或上级管理员可以查看');
    if (org.type === '党支部') {
      const stored = await findById<ComplianceDoc>(
        COLLECTIONS.activityCompliance.name,
        complianceIdOf(org._id, year),
      );
      const doc = stored ?? (await recomputeBranchYear(org, year, now()));
      return { year, rows: [toRow(doc)], nextCursor: null };
    }
    const page = await readPage<ComplianceDoc>({
      collection: COLLECTIONS.activityCompliance.name,
      where: { year },
      order: bySubtreeKey('orgPath', org.path, `${org.path}\uffff`),
      cursor,
      size: PAGE,
    });
    return { year, rows: page.items.map(toRow), nextCursor: page.nextCursor };
  },
});
