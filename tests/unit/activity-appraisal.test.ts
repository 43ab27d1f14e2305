import { excellentLimit, gradeIssues } from '../../cloudfunctions/activity/rules/appraisal';
import type { AppraisalGrade } from '../../typings/documents';

const group = (full: number, probationary: number) => [
  ...Array.from({ length: full }, (_, i) => ({
    memberId: `f${i}`,
    name: `正式${i}`,
    probationary: false,
  })),
  ...Array.from({ length: probationary }, (_, i) => ({
    memberId: `p${i}`,
    name: `预备${i}`,
    probationary: true,
  })),
];
const grades = (full: number, excellent: number) =>
  Array.from({ length: full }, (_, i) => ({
    memberId: `f${i}`,
    grade: (i < excellent ? '优秀' : '合格') as AppraisalGrade,
  }));

describe('民主评议: 优秀 at most ⌊n/3⌋ of those graded, 预备党员 not graded (docs/domain.md §2.4)', () => {
  it.each([
    [3, 1],
    [7, 2],
    [10, 3],
    [50, 16],
    [2, 0],
  ])('%i graded → at most %i 优秀', (n, limit) => {
    expect(excellentLimit(n)).toBe(limit);
  });

  it.each([
    // n graded 正式党员, 预备党员 in the group, 优秀 given, whether it is allowed
    [3, 2, 1, true],
    [3, 2, 2, false],
    [7, 1, 2, true],
    [7, 1, 3, false],
    [10, 3, 3, true],
    [10, 3, 4, false],
    [50, 5, 16, true],
    [50, 5, 17, false],
  ])('%i graded with %i 预备党员 beside them, %i 优秀 → allowed %s', (n, prob, excellent, ok) => {
    const issues = gradeIssues(group(n, prob), grades(n, excellent));
    expect(issues.length === 0).toBe(ok);
  });

  it('the 预备党员 present do not raise the limit', () => {
    // 7 正式 + 3 预备 = 10 people, but only 7 graded: at most 2 优秀, not 3.
    expect(gradeIssues(group(7, 3), grades(7, 3))).toEqual([expect.stringContaining('至多 2 人')]);
  });

  it('refuses a grade for a 预备党员', () => {
    expect(gradeIssues(group(3, 1), [{ memberId: 'p0', grade: '合格' }])).toEqual([
      '预备0是预备党员，参加评议但不评定等次',
    ]);
  });
});
