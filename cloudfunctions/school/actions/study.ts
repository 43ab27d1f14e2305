import type {
  LessonDoc,
  LessonProgressDoc,
  MemberDoc,
  StudySessionState,
  StudyYearDoc,
} from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById, findOne } from '../../_shared/db';
import { notFound } from '../../_shared/errors';
import { newId } from '../../_shared/ids';
import { awardPoints } from '../../_shared/points/award';
import { action } from '../../_shared/router';
import { tempUrls } from '../../_shared/storage';
import { requireLesson } from '../access';
import { countCompletion, syncBranchHours } from '../progress/figures';
import { onlineHours, wholeHours } from '../rules/hours';
import { hoursSettings } from '../settings';
import { creditBeat, HEARTBEAT_SECONDS, isComplete } from '../rules/study-time';
import { patchYear, readYear, yearOf } from '../years';

const progressId = (memberId: string, lessonId: string) => `${memberId}:${lessonId}`;

/** Stores where a member left a lesson: on leaving it for another, pausing or completing it. */
function saveProgress(memberId: string, s: StudySessionState, now: Date) {
  const doc: Omit<LessonProgressDoc, '_id'> = {
    memberId,
    courseId: s.courseId,
    lessonId: s.lessonId,
    position: s.position,
    watched: s.watched,
    completedAt: s.completed ? now : null,
    updatedAt: now,
  };
  return db
    .collection(COLLECTIONS.schoolProgress.name)
    .doc(progressId(memberId, s.lessonId))
    .set({ data: doc });
}

/**
 * Opens a lesson for study: a new study session replaces whatever the member was studying, on
 * this device or another (docs/domain.md §7.6), and the left lesson's place is saved. A video
 * or audio goes out as a short-lived link, only to a member of the course's scope.
 */
export const openLesson = action('school', 'openLesson', {
  async handler({ id }, caller) {
    const member = requireMember(caller);
    const now = clock.now();
    const year = yearOf(now);
    const [lesson, yearDoc, progress] = await Promise.all([
      findById<LessonDoc>(COLLECTIONS.schoolLessons.name, id),
      readYear(year, member._id),
      findById<LessonProgressDoc>(COLLECTIONS.schoolProgress.name, progressId(member._id, id)),
    ]);
    if (!lesson) throw notFound('找不到该课时');
    requireLesson(member, lesson);
    const previous = yearDoc?.active ?? null;
    const same = previous?.lessonId === id ? previous : null;
    const watched = Math.max(same?.watched ?? 0, progress?.watched ?? 0);
    const position = same?.position ?? progress?.position ?? 0;
    const session: StudySessionState = {
      openid: caller.openid,
      roles: member.roles.map((r) => ({ code: r.code })),
      lessonId: id,
      courseId: lesson.courseId,
      title: lesson.title,
      sessionId: newId(),
      seq: 0,
      at: now,
      position,
      playing: false,
      watched,
      durationSeconds: lesson.durationSeconds,
      completed: !!progress?.completedAt || !!same?.completed,
    };
    const [urls] = await Promise.all([
      lesson.fileID ? tempUrls([lesson.fileID]) : new Map<string, string>(),
      // The year takes the member's branch as it is now: the session's beats credit there.
      patchYear(
        member,
        year,
        yearDoc,
        { active: session, memberName: member.name, orgId: member.orgId, orgPath: member.orgPath },
        now,
      ),
      previous && !same ? saveProgress(member._id, previous, now) : null,
    ]);
    return {
      _id: lesson._id,
      order: lesson.order,
      kind: lesson.kind,
      title: lesson.title,
      durationSeconds: lesson.durationSeconds,
      watched,
      completed: session.completed,
      courseId: lesson.courseId,
      url: lesson.fileID ? (urls.get(lesson.fileID) ?? null) : null,
      body: lesson.body,
      position,
      sessionId: session.sessionId,
      heartbeatSeconds: HEARTBEAT_SECONDS,
    };
  },
});

/**
 * Credits the time since the session's previous beat as the rule allows. The year is updated
 * only where it still holds the session at the beat it was read at, so of replayed or racing
 * beats one counts. Points follow the established event and come first: an award that died
 * is made by the next beat, and the ledger refuses a replay (docs/domain.md §7.5); so is an
 * assigned course's completion in the branch's figure, which counts a member once (§7.12).
 * The session is found by the caller's OPENID, which opened it: the member record is not read.
 * Cost: one read and one write; a pause or hide adds the saved place, completing the awards
 * and the course figure, a tenth of a 学时 crossed the branch's line of the member.
 */
export const heartbeat = action('school', 'heartbeat', {
  member: false,
  async handler(beat, caller) {
    const now = clock.now();
    const year = yearOf(now);
    const doc = await findOne<StudyYearDoc>(COLLECTIONS.schoolYears.name, {
      'active.openid': caller.openid,
      year,
    });
    const active = doc?.active ?? null;
    const outcome = creditBeat(active, beat, now);
    if (!doc || !active || !outcome.next) {
      return {
        credited: 0,
        watched: active?.watched ?? 0,
        completed: active?.completed ?? false,
        active: outcome.verdict === 'replay',
      };
    }
    const member = {
      _id: doc.memberId,
      name: doc.memberName,
      orgId: doc.orgId,
      orgPath: doc.orgPath,
      roles: active.roles,
    };
    const watched = Math.min(active.durationSeconds, active.watched + outcome.credit);
    const completes = !active.completed && isComplete(watched, active.durationSeconds);
    const next: StudySessionState = {
      ...active,
      ...outcome.next,
      watched,
      completed: active.completed || completes,
    };
    await awardFor(member, doc, outcome.credit, completes ? active.lessonId : null, now);
    if (completes) await countCompletion(member, active.courseId, active.lessonId, now);
    const { stats } = await db
      .collection(COLLECTIONS.schoolYears.name)
      .where({ _id: doc._id, 'active.sessionId': active.sessionId, 'active.seq': active.seq })
      .update({
        data: {
          active: next,
          onlineSeconds: _.inc(outcome.credit),
          lessonsCompleted: _.inc(completes ? 1 : 0),
          updatedAt: now,
        },
      });
    const counted = stats.updated === 1;
    // The branch's figures move with the total's tenths, not with every beat.
    const onlineSeconds = doc.onlineSeconds + outcome.credit;
    const { minutesPerHour } = await hoursSettings(member.orgPath, { fresh: false });
    if (
      counted &&
      onlineHours(onlineSeconds, minutesPerHour) !== onlineHours(doc.onlineSeconds, minutesPerHour)
    )
      await syncBranchHours(member, year, { ...doc, onlineSeconds }, now);
    // The place is saved when the lesson stops (pause, hide) or completes, not on every beat.
    if (counted && (completes || !beat.playing)) await saveProgress(member._id, next, now);
    return {
      credited: counted ? outcome.credit : 0,
      watched: counted ? watched : active.watched,
      completed: counted ? next.completed : active.completed,
      active: true,
    };
  },
});

/** complete_lesson for a finished lesson; study_hour for each whole 学时 the credit crosses. */
async function awardFor(
  member: Pick<MemberDoc, '_id' | 'orgId' | 'orgPath'>,
  doc: StudyYearDoc,
  credit: number,
  completedLesson: string | null,
  now: Date,
) {
  const base = { memberId: member._id, orgId: member.orgId, orgPath: member.orgPath, at: now };
  if (completedLesson) {
    await awardPoints({ ...base, rule: 'complete_lesson', sourceId: completedLesson });
  }
  // The n-th whole 学时 of the year earns once: after a change of the conversion, points
  // resume once the year's 学时 pass those already awarded (docs/domain.md §7.2).
  const { minutesPerHour } = await hoursSettings(member.orgPath, { fresh: false });
  const before = wholeHours(doc.onlineSeconds, minutesPerHour);
  const after = wholeHours(doc.onlineSeconds + credit, minutesPerHour);
  for (let n = before + 1; n <= after; n++) {
    await awardPoints({
      ...base,
      rule: 'study_hour',
      sourceId: `online:${doc.year}:${n}`,
      amount: 1,
    });
  }
}
