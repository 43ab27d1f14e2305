import type { ActivityDoc, AttendanceDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { isDuplicateKey } from '../../_shared/db-errors';
import { AppError, forbidden, invalidArgument } from '../../_shared/errors';
import { action } from '../../_shared/router';
import { requireKeeps, requireReads } from '../access';
import { codeKey } from '../code-key';
import { viewOf } from '../load-view';
import { attendance, attendanceIdOf, loadActivity } from '../repo';
import { CODE_WINDOW_MS, codeAccepted, codeFor, signInOpen, windowOf } from '../rules/sign-in-code';

const closed = () =>
  new AppError('CONFLICT', '不在签到时间内：签到从活动开始前 30 分钟至结束后 30 分钟开放');
const locked = () => new AppError('CONFLICT', '记录已确认，考勤不能再更改');

function requireOpen(doc: ActivityDoc, at: Date): void {
  if (doc.status === 'confirmed') throw locked();
  if (!signInOpen(new Date(doc.startsAt), new Date(doc.endsAt), at.getTime())) throw closed();
}

/**
 * The code the host shows (and reads aloud) in the sign-in window, changing every 30 seconds;
 * the QR code carries the same (docs/domain.md §2.9).
 */
export const signInCode = action('activity', 'signInCode', {
  async handler({ activityId }, caller) {
    const member = requireMember(caller);
    const doc = await loadActivity(activityId);
    requireKeeps(member, doc);
    const at = now();
    requireOpen(doc, at);
    const window = windowOf(at.getTime());
    const code = codeFor(codeKey(), doc._id, window);
    return {
      code,
      expiresAt: new Date((window + 1) * CODE_WINDOW_MS).toISOString(),
      qr: `djsignin:${doc._id}:${code}`,
    };
  },
});

/**
 * A member of the branch signs in with the current code, once: the attendance id is the
 * activity's and the member's, so any number of tries writes one. Three database operations:
 * the caller, the activity (read while the caller is), the attendance.
 */
export const signIn = action('activity', 'signIn', {
  preload: ({ activityId }) => loadActivity(activityId),
  async handler({ code }, caller, doc) {
    const member = requireMember(caller);
    if (!member.orgPath.startsWith(doc.orgPath)) throw forbidden('只有本支部党员可以签到');
    const at = now();
    requireOpen(doc, at);
    if (!codeAccepted(codeKey(), doc._id, code, at.getTime()))
      throw invalidArgument('签到码不正确或已过期，请以主持人手机上的最新签到码为准', 'code');
    const due = doc.due.some((d) => d.memberId === member._id);
    const entry: AttendanceDoc = {
      _id: attendanceIdOf(doc._id, member._id),
      activityId: doc._id,
      memberId: member._id,
      name: member.name,
      orgId: doc.orgId,
      state: due ? 'present' : 'guest',
      reason: null,
      via: 'code',
      at,
      startsAt: doc.startsAt,
      studiedAt: null,
    };
    try {
      await attendance().add({ data: entry });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      return { signedIn: true as const, already: true };
    }
    return { signedIn: true as const, already: false };
  },
});

/** The host marks a due member present, or absent with the reason (docs/domain.md §2.6). */
export const mark = action('activity', 'mark', {
  async handler({ activityId, memberId, state, reason }, caller) {
    const member = requireMember(caller);
    const doc = await loadActivity(activityId);
    requireKeeps(member, doc);
    if (doc.status === 'confirmed') throw locked();
    const due = doc.due.find((d) => d.memberId === memberId);
    if (!due) throw invalidArgument('只能标记本次应到的党员', 'memberId');
    const entry: AttendanceDoc = {
      _id: attendanceIdOf(doc._id, memberId),
      activityId: doc._id,
      memberId,
      name: due.name,
      orgId: doc.orgId,
      state,
      reason: state === 'absent' ? reason : null,
      via: 'host',
      at: now(),
      startsAt: doc.startsAt,
      studiedAt: null,
    };
    const { _id, ...fields } = entry;
    await attendance().doc(_id).set({ data: fields });
    return viewOf(doc, member);
  },
});

/** 送学: an absentee confirms they studied the material; the record shows it. */
export const studied = action('activity', 'studied', {
  async handler({ activityId }, caller) {
    const member = requireMember(caller);
    const doc = await loadActivity(activityId);
    requireReads(member, doc);
    const at = now();
    const { stats } = await attendance()
      .where({ _id: attendanceIdOf(doc._id, member._id), state: 'absent' })
      .update({ data: { studiedAt: at } });
    if (stats.updated === 0) throw new AppError('CONFLICT', '你没有缺席该活动，无需补学');
    return { studiedAt: at.toISOString() };
  },
});
