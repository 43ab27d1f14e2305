import { createHash } from 'node:crypto';
import type { ActivityDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { inChina, now } from '../../_shared/clock';
import { _ } from '../../_shared/cloud';
import { isDuplicateKey } from '../../_shared/db-errors';
import { forbidden, invalidArgument } from '../../_shared/errors';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { plansFor } from '../access';
import { announcePlan } from '../plan-notice';
import { activities, branchKeyOf, newPlanState } from '../repo';
import { dueOf } from '../roster';

/** More than any branch plans in a month. */
const MONTH_LIMIT = 100;

/** The copy of an activity has an id of its own, the same on every try: a retry copies nothing twice. */
const copyIdOf = (sourceId: string) =>
  createHash('sha256').update(`${sourceId}:next`).digest('hex').slice(0, 32);

/**
 * "Plans can be copied from last month": every activity of the month before `month`, a month
 * later (the same day, or the month's last), planned anew with the branch's members as they are,
 * each announced to those due (docs/domain.md §2.11).
 */
export const copyLastMonth = action('activity', 'copyLastMonth', {
  async handler({ orgId, month }, caller) {
    const member = requireMember(caller);
    const org = await loadOrg(orgId ?? member.orgId);
    if (org.type !== '党支部') throw invalidArgument('组织生活按党支部安排', 'orgId');
    if (!plansFor(member, org)) throw forbidden('只有本支部书记或组织委员可以安排组织生活');
    const target = inChina(`${month}-01T00:00:00+08:00`);
    const from = `${org._id}|${target.subtract(1, 'month').toDate().toISOString()}`;
    const to = `${org._id}|${target.toDate().toISOString()}`;
    const [{ data: sources }, allDue, committeeDue] = await Promise.all([
      activities()
        .where({ branchKey: _.gte(from).and(_.lt(to)) })
        .orderBy('branchKey', 'asc')
        .limit(MONTH_LIMIT)
        .get<ActivityDoc>(),
      dueOf(org, 'all'),
      dueOf(org, 'committee'),
    ]);
    const at = now();
    let created = 0;
    for (const source of sources) {
      const _id = copyIdOf(source._id);
      const startsAt = inChina(source.startsAt).add(1, 'month').toDate();
      const copy: ActivityDoc = {
        ...source,
        _id,
        branchKey: branchKeyOf(org._id, startsAt, _id),
        startsAt,
        endsAt: new Date(
          startsAt.getTime() +
            (new Date(source.endsAt).getTime() - new Date(source.startsAt).getTime()),
        ),
        month,
        due: source.dueGroup === 'committee' ? committeeDue : allDue,
        ...newPlanState(member._id, at),
      };
      try {
        await activities().add({ data: copy });
        created++;
      } catch (error) {
        if (!isDuplicateKey(error)) throw error;
      }
      // Also for a copy made by an earlier try, which may have stopped before its notice.
      await announcePlan(copy, member);
    }
    return { created };
  },
});
