import type { AppraisalGrade } from '../../../typings/documents';

/** 民主评议党员: 优秀 at most ⌊n/3⌋ of those graded (教育管理条例; docs/domain.md §2.4). */
export function excellentLimit(graded: number): number {
  return Math.floor(graded / 3);
}

export interface Appraisee {
  memberId: string;
  name: string;
  /** 预备党员 take part but are not graded (docs/domain.md §2.4). */
  probationary: boolean;
}

/** What is wrong with a set of grades, in words the secretary reads before confirming. */
export function gradeIssues(
  appraisees: Appraisee[],
  grades: { memberId: string; grade: AppraisalGrade }[],
): string[] {
  const byId = new Map(appraisees.map((a) => [a.memberId, a]));
  const issues: string[] = [];
  for (const g of grades) {
    const who = byId.get(g.memberId);
    if (!who) issues.push('评定对象须为本次应到党员');
    else if (who.probationary) issues.push(`${who.name}是预备党员，参加评议但不评定等次`);
  }
  const graded = grades.filter((g) => byId.get(g.memberId)?.probationary === false);
  const excellent = graded.filter((g) => g.grade === '优秀').length;
  const limit = excellentLimit(graded.length);
  if (excellent > limit)
    issues.push(
      `评为优秀的 ${excellent} 人，超过参评人数 ${graded.length} 人的三分之一（至多 ${limit} 人）`,
    );
  return issues;
}
