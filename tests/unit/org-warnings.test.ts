import {
  orgWarnings,
  termEnd,
  type OrgFacts,
} from '../../cloudfunctions/member/rules/org-warnings';

const branch = (facts: Partial<OrgFacts>): OrgFacts => ({
  type: '党支部',
  fullMembers: 10,
  committeeSize: 3,
  electedAt: '2025-01-10',
  termYears: 3,
  ...facts,
});
const codes = (facts: Partial<OrgFacts>, today = '2026-11-21') =>
  orgWarnings(branch(facts), today).map((w) => w.code);

describe('支部委员会 (支部条例 第二十条)', () => {
  it.each([
    ['7 正式党员, 书记 only', { fullMembers: 7, committeeSize: 1 }, ['NEEDS_COMMITTEE']],
    ['7 正式党员, 书记 and 副书记', { fullMembers: 7, committeeSize: 2 }, ['NEEDS_COMMITTEE']],
    ['7 正式党员, committee of 3', { fullMembers: 7, committeeSize: 3 }, []],
    ['50 正式党员, committee of 7', { fullMembers: 50, committeeSize: 7 }, []],
    ['50 正式党员, committee of 8', { fullMembers: 50, committeeSize: 8 }, ['COMMITTEE_SIZE']],
    ['6 正式党员, 书记 only', { fullMembers: 6, committeeSize: 1 }, []],
    ['6 正式党员, 书记 and 副书记', { fullMembers: 6, committeeSize: 2 }, []],
    ['6 正式党员, committee of 3', { fullMembers: 6, committeeSize: 3 }, ['COMMITTEE_SIZE']],
    ['no 书记 at all', { fullMembers: 4, committeeSize: 0 }, ['NO_SECRETARY']],
  ] as const)('%s', (_name, facts, expected) => {
    expect(codes(facts)).toEqual(expected);
  });

  it('does not apply the branch committee rule to a 党委', () => {
    expect(
      orgWarnings({ ...branch({ committeeSize: 0 }), type: '党委', termYears: 5 }, '2026-11-21'),
    ).toEqual([]);
  });
});

describe('任期 (《关于党的基层组织任期的意见》)', () => {
  it.each([
    ['支部 3 years', '2023-11-21', 3, '2026-11-21'],
    ['党委 5 years', '2024-02-29', 5, '2029-02-28'],
  ])('%s: term end = election + term', (_name, elected, years, end) => {
    expect(termEnd(elected, years)).toBe(end);
  });

  it.each([
    ['ends in 91 days', '2024-02-20', []],
    ['ends in exactly 90 days', '2024-02-19', ['TERM_ENDING']],
    ['ends tomorrow', '2023-11-22', ['TERM_ENDING']],
    ['ends today', '2023-11-21', ['TERM_EXPIRED']],
    ['ended a year ago', '2022-11-21', ['TERM_EXPIRED']],
  ])('a branch whose term %s', (_name, electedAt, expected) => {
    expect(codes({ electedAt })).toEqual(expected);
  });

  it('asks for an election date when none is recorded', () => {
    expect(codes({ electedAt: null })).toEqual(['NO_ELECTION']);
  });
});
