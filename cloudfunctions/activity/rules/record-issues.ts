import type { ActivityType, DueMember, Grade, Resolution } from '../../../typings/documents';
import { gradeIssues } from './appraisal';
import { committeeMeetingValid, generalMeetingValid, motionPasses } from './quorum';

export interface RecordFacts {
  type: ActivityType;
  due: DueMember[];
  presentIds: string[];
  resolutions: Resolution[];
  grades: Grade[];
}

/** Whether each resolution passed (docs/domain.md §2.2): yes-votes over half of those due. */
export function resolutionOutcomes(facts: RecordFacts): boolean[] {
  const votingDue = facts.due.filter((d) => d.voting).length;
  return facts.resolutions.map((r) => motionPasses(r.yes, votingDue));
}

/**
 * What keeps a record from being confirmed (docs/domain.md §2.10): quorum (§2.2), votes that
 * add up to more than those present, grades (§2.4).
 */
export function recordIssues(facts: RecordFacts): string[] {
  const present = new Set(facts.presentIds);
  const votingDue = facts.due.filter((d) => d.voting);
  const votingPresent = votingDue.filter((d) => present.has(d.memberId)).length;
  const issues: string[] = [];
  if (facts.type === '支部党员大会' && !generalMeetingValid(votingDue.length, votingPresent))
    issues.push(
      `有表决权的应到党员 ${votingDue.length} 人，实到 ${votingPresent} 人，未超过半数，会议无效`,
    );
  if (facts.type === '支委会') {
    const attended = facts.due.filter((d) => present.has(d.memberId)).length;
    if (!committeeMeetingValid(facts.due.length, attended))
      issues.push(`支委会委员 ${facts.due.length} 人，到会 ${attended} 人，未超过半数，会议无效`);
  }
  facts.resolutions.forEach((r, i) => {
    if (r.yes + r.no + r.abstain > votingPresent)
      issues.push(`第 ${i + 1} 项决议的票数合计超过到会的有表决权党员 ${votingPresent} 人`);
  });
  if (facts.grades.length > 0) {
    if (facts.type !== '民主评议党员') issues.push('只有民主评议党员的记录评定等次');
    issues.push(
      ...gradeIssues(
        facts.due.map((d) => ({ memberId: d.memberId, name: d.name, probationary: !d.voting })),
        facts.grades,
      ),
    );
  }
  return issues;
}
