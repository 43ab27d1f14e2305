import type { ActivityDoc, Amendment } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { _ } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { checkText } from '../../_shared/content-check';
import { transaction } from '../../_shared/db';
import { AppError, forbidden } from '../../_shared/errors';
import { action } from '../../_shared/router';
import { requireKeeps } from '../access';
import { viewOf } from '../load-view';
import { activities, attendanceOf, loadActivity } from '../repo';
import { recordIssues } from '../rules/record-issues';
import { settle } from '../settle';

/** msgSecCheck scene 3 (forum): the branch reads the minutes. */
const SCENE = 3;
const lockedRecord = () =>
  new AppError('CONFLICT', '记录已确认锁定，不能修改；如需更正请添加更正说明');

async function requireClean(text: string, openid: string): Promise<void> {
  const verdict = await checkText(text, openid, SCENE);
  if (verdict !== 'pass')
    throw new AppError('CONTENT_REJECTED', '记录含有不符合规范的内容，请修改后再保存');
}

/**
 * The minutes (docs/domain.md §2.6). Saving while unconfirmed replaces them and withdraws any
 * confirmation already given, which was of the earlier text; once locked, nothing is saved.
 */
export const saveRecord = action('activity', 'saveRecord', {
  async handler({ activityId, ...record }, caller) {
    const member = requireMember(caller);
    const doc = await loadActivity(activityId);
    requireKeeps(member, doc);
    if (doc.status === 'confirmed') throw lockedRecord();
    await requireClean(
      [
        record.agenda,
        record.content,
        ...record.resolutions.map((r) => r.motion),
        ...record.guests,
      ].join('\n'),
      caller.openid,
    );
    const { stats } = await activities()
      .where({ _id: doc._id, status: _.neq('confirmed') })
      .update({
        data: { record, status: 'recorded', confirmedBy: [], updatedAt: now() },
      });
    if (stats.updated === 0) throw lockedRecord();
    return viewOf({ ...doc, record, status: 'recorded', confirmedBy: [] }, member);
  },
});

/**
 * The 主持人 and the 记录人 each confirm; with both, the record is locked (docs/domain.md §2.10).
 * A record that breaks a rule is refused with the reasons. Confirming again is harmless.
 */
export const confirm = action('activity', 'confirm', {
  async handler({ activityId }, caller) {
    const member = requireMember(caller);
    const first = await loadActivity(activityId);
    if (member._id !== first.hostId && member._id !== first.recorderId)
      throw forbidden('只有主持人或记录人可以确认记录');
    if (first.status !== 'confirmed') {
      if (first.record === null) throw new AppError('CONFLICT', '请先填写会议记录再确认');
      const presentIds = (await attendanceOf(first._id))
        .filter((a) => a.state === 'present')
        .map((a) => a.memberId);
      const issues = recordIssues({
        type: first.type,
        due: first.due,
        presentIds,
        ...first.record,
      });
      if (issues.length > 0) throw new AppError('CONFLICT', `记录不符合规定：${issues.join('；')}`);
    }
    const at = now();
    const doc = await transaction(async (tx) => {
      const current = await tx.get<ActivityDoc>(COLLECTIONS.activities.name, activityId);
      if (current.status === 'confirmed' || current.confirmedBy.includes(member._id))
        return current;
      if (current.updatedAt.getTime() !== first.updatedAt.getTime())
        throw new AppError('CONFLICT', '记录刚被修改，请刷新后再确认');
      const confirmedBy = [...current.confirmedBy, member._id];
      const done = [current.hostId, current.recorderId].every((id) => confirmedBy.includes(id));
      const patch = {
        confirmedBy,
        ...(done ? { status: 'confirmed' as const, confirmedAt: at } : {}),
      };
      await tx.update(COLLECTIONS.activities.name, activityId, patch);
      return { ...current, ...patch };
    });
    if (doc.status === 'confirmed') await settle(doc, at);
    return viewOf(doc, member);
  },
});

/** A correction to a locked record, appended with its date, never written over the minutes. */
export const amend = action('activity', 'amend', {
  async handler({ activityId, requestId, text }, caller) {
    const member = requireMember(caller);
    const first = await loadActivity(activityId);
    requireKeeps(member, first);
    if (first.status !== 'confirmed')
      throw new AppError('CONFLICT', '记录尚未确认，请直接修改记录');
    await requireClean(text, caller.openid);
    const amendment: Amendment = {
      at: now(),
      byId: member._id,
      byName: member.name,
      text,
      requestId,
    };
    const { stats } = await activities()
      .where({ _id: activityId, 'amendments.requestId': _.neq(requestId) })
      .update({ data: { amendments: _.push([amendment]) } });
    const doc =
      stats.updated > 0
        ? { ...first, amendments: [...first.amendments, amendment] }
        : await loadActivity(activityId);
    return viewOf(doc, member);
  },
});
