import type { ActivityDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { inChina, now } from '../../_shared/clock';
import { checkText } from '../../_shared/content-check';
import { isDuplicateKey } from '../../_shared/db-errors';
import { AppError, forbidden, invalidArgument } from '../../_shared/errors';
import { newId } from '../../_shared/ids';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { plansFor } from '../access';
import { announcePlan } from '../plan-notice';
import { activities, branchKeyOf, loadActivity, newPlanState } from '../repo';
import { dueOf } from '../roster';

/** msgSecCheck scene 3 (forum): a plan is read by the whole branch. */
const SCENE = 3;

/**
 * The 书记 or 组织委员 plans one activity for their branch (docs/domain.md §2.6); the 主持人 and
 * 记录人 default to the planner. Who is due is fixed now, so quorum and 送学 count the branch as
 * it was. With a request id, a retried plan finds the first one. Those due are sent a notice
 * (docs/domain.md §2.11).
 */
export const plan = action('activity', 'plan', {
  async handler(data, caller) {
    const member = requireMember(caller);
    const org = await loadOrg(data.orgId ?? member.orgId);
    if (org.type !== '党支部') throw invalidArgument('组织生活按党支部安排', 'orgId');
    if (!plansFor(member, org)) throw forbidden('只有本支部书记或组织委员可以安排组织生活');
    const _id = data.requestId ? `${member._id}-${data.requestId}` : newId();

    const due = await dueOf(org, data.dueGroup ?? 'all');
    const person = (id: string | undefined, field: string) => {
      if (id === undefined || id === member._id) return { id: member._id, name: member.name };
      const found = due.find((d) => d.memberId === id);
      if (!found) throw invalidArgument('须为本次应到的党员', field);
      return { id, name: found.name };
    };
    const host = person(data.hostId, 'hostId');
    const recorder = person(data.recorderId, 'recorderId');
    const materials = data.materials ?? '';

    const verdict = await checkText(
      `${data.topic}\n${data.place}\n${materials}`,
      caller.openid,
      SCENE,
    );
    if (verdict !== 'pass')
      throw new AppError('CONTENT_REJECTED', '活动内容含有不符合规范的内容，请修改后再提交');

    const startsAt = new Date(data.startsAt);
    const at = now();
    const doc: ActivityDoc = {
      _id,
      orgId: org._id,
      orgPath: org.path,
      orgName: org.name,
      branchKey: branchKeyOf(org._id, startsAt, _id),
      type: data.type,
      topic: data.topic,
      startsAt,
      endsAt: new Date(data.endsAt),
      month: inChina(startsAt).format('YYYY-MM'),
      place: data.place,
      hostId: host.id,
      hostName: host.name,
      recorderId: recorder.id,
      recorderName: recorder.name,
      dueGroup: data.dueGroup ?? 'all',
      due,
      materials,
      ...newPlanState(member._id, at),
    };
    let published = doc;
    try {
      await activities().add({ data: doc });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // A retry announces the plan as first saved: the first try may have stopped before it.
      published = await loadActivity(_id);
    }
    await announcePlan(published, member);
    return { activityId: _id };
  },
});
