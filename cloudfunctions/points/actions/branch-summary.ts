import type { PointBranchYearDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { periodOf } from '../../_shared/points/period';
import { action } from '../../_shared/router';
import { requireSees } from '../../_shared/scope';
import { loadBranch } from '../repo';

/**
 * A branch's figures for this month or year: its maintained total, the average per member
 * and how many members took part — counted over the branch's maintained year documents.
 */
export const branchSummary = action('points', 'branchSummary', {
  async handler({ orgId, period }, caller) {
    const viewer = requireMember(caller);
    const branch = await loadBranch(orgId);
    requireSees(viewer, branch);
    const p = periodOf(now());
    const field = period === 'year' ? 'total' : `months.${p.monthKey}`;
    const [figures, counted] = await Promise.all([
      findById<PointBranchYearDoc>(COLLECTIONS.pointBranchYears.name, `${branch._id}:${p.year}`),
      db
        .collection(COLLECTIONS.pointMemberYears.name)
        .where({ orgId: branch._id, year: p.year, [field]: _.gt(0) })
        .count(),
    ]);
    const total = period === 'year' ? (figures?.total ?? 0) : (figures?.months[p.monthKey] ?? 0);
    const members = branch.memberCount;
    const participants = Math.min(counted.total, members);
    return {
      orgId: branch._id,
      name: branch.name,
      period,
      memberCount: members,
      total,
      average: members ? Math.round((total / members) * 10) / 10 : 0,
      participants,
      participation: members ? Math.round((participants / members) * 1000) / 1000 : 0,
    };
  },
});
