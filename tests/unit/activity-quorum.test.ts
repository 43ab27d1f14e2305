import {
  committeeMeetingValid,
  generalMeetingValid,
  motionPasses,
} from '../../cloudfunctions/activity/rules/quorum';
import {
  recordIssues,
  resolutionOutcomes,
} from '../../cloudfunctions/activity/rules/record-issues';
import type { DueMember } from '../../typings/documents';

describe('支部党员大会 quorum: more than half of those with voting rights (docs/domain.md §2.2)', () => {
  it.each([
    [10, 6, true],
    [10, 5, false],
    [9, 5, true],
    [9, 4, false],
    [3, 2, true],
    [0, 0, false],
  ])('%i due with voting rights, %i present → valid %s', (due, present, valid) => {
    expect(generalMeetingValid(due, present)).toBe(valid);
  });
});

describe('a motion passes on yes-votes over half of those DUE (docs/domain.md §2.2)', () => {
  it.each([
    ['6 of 10 due', 6, 10, true],
    ['exactly half of 10 due', 5, 10, false],
    ['all 6 present of 10 due, 5 yes', 5, 10, false],
    ['5 of 9 due', 5, 9, true],
  ])('%s', (_name, yes, due, passes) => {
    expect(motionPasses(yes, due)).toBe(passes);
  });
});

describe('支委会 quorum: more than half of its members (docs/domain.md §2.2)', () => {
  it.each([
    [3, 2, true],
    [3, 1, false],
    [4, 2, false],
    [5, 3, true],
    [7, 4, true],
    [7, 3, false],
  ])('%i members, %i present → valid %s', (size, present, valid) => {
    expect(committeeMeetingValid(size, present)).toBe(valid);
  });
});

const due = (full: number, probationary: number): DueMember[] => [
  ...Array.from({ length: full }, (_, i) => ({
    memberId: `f${i}`,
    name: `正式${i}`,
    voting: true,
  })),
  ...Array.from({ length: probationary }, (_, i) => ({
    memberId: `p${i}`,
    name: `预备${i}`,
    voting: false,
  })),
];

describe('a record says which rule it breaks (docs/domain.md §2.10)', () => {
  it('counts only members with voting rights towards quorum (docs/domain.md §1.4)', () => {
    const members = due(10, 4);
    // 5 正式 + 4 预备 present: 9 people, but only 5 of 10 with voting rights.
    const presentIds = [...members.slice(0, 5), ...members.slice(10)].map((m) => m.memberId);
    const facts = {
      type: '支部党员大会' as const,
      due: members,
      presentIds,
      resolutions: [],
      grades: [],
    };
    expect(recordIssues(facts)).toEqual([expect.stringContaining('会议无效')]);
    expect(recordIssues({ ...facts, presentIds: [...presentIds, 'f5'] })).toEqual([]);
  });

  it('judges a motion against those due, not those present', () => {
    const members = due(10, 0);
    const facts = {
      type: '支部党员大会' as const,
      due: members,
      presentIds: members.slice(0, 8).map((m) => m.memberId),
      resolutions: [
        { motion: '接收预备党员', yes: 5, no: 3, abstain: 0 },
        { motion: '评选先进', yes: 6, no: 2, abstain: 0 },
      ],
      grades: [],
    };
    expect(resolutionOutcomes(facts)).toEqual([false, true]);
    expect(recordIssues(facts)).toEqual([]);
    expect(
      recordIssues({ ...facts, resolutions: [{ motion: '多票', yes: 6, no: 3, abstain: 0 }] }),
    ).toEqual([expect.stringContaining('票数合计超过')]);
  });

  it('holds a 支委会 to its own quorum', () => {
    const committee = due(5, 0);
    const facts = {
      type: '支委会' as const,
      due: committee,
      presentIds: ['f0', 'f1'],
      resolutions: [],
      grades: [],
    };
    expect(recordIssues(facts)).toEqual([expect.stringContaining('支委会委员 5 人，到会 2 人')]);
    expect(recordIssues({ ...facts, presentIds: ['f0', 'f1', 'f2'] })).toEqual([]);
  });
});
