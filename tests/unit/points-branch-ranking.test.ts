import { rankBranches, type BranchTotal } from '../../cloudfunctions/points/branch-ranking';

/**
 * Branch rankings (docs/domain.md §6.2): branch-level figures are the default view, compared by
 * points per member so that a branch is not ranked for its size.
 */
const branch = (name: string, memberCount: number, total: number): BranchTotal => ({
  orgId: `org-${name}`,
  name,
  memberCount,
  total,
});

const ranked = (branches: BranchTotal[]) =>
  rankBranches(branches).map((r) => [r.rank, r.name, r.average]);

describe('rankBranches', () => {
  it.each([
    [
      'a small branch with more per member ranks above a large one with more in total',
      [branch('机关', 40, 400), branch('车间', 5, 60)],
      [
        [1, '车间', 12],
        [2, '机关', 10],
      ],
    ],
    [
      'the average has one decimal, halves rounded up',
      [branch('甲', 4, 1), branch('乙', 20, 1), branch('丙', 3, 10)],
      [
        [1, '丙', 3.3],
        [2, '甲', 0.3],
        [3, '乙', 0.1],
      ],
    ],
    [
      'equal averages share a rank and the next rank skips (1, 2, 2, 4)',
      [branch('甲', 10, 60), branch('乙', 4, 20), branch('丙', 2, 10), branch('丁', 1, 1)],
      [
        [1, '甲', 6],
        [2, '乙', 5],
        [2, '丙', 5],
        [4, '丁', 1],
      ],
    ],
    [
      'a branch without members averages 0 rather than dividing by zero',
      [branch('新建', 0, 0), branch('老', 5, 5)],
      [
        [1, '老', 1],
        [2, '新建', 0],
      ],
    ],
    ['no branches, no rows', [], []],
  ])('%s', (_case, branches, expected) => {
    expect(ranked(branches)).toEqual(expected);
  });

  it('orders equal averages by total, then by name in Chinese collation, sharing the rank', () => {
    const rows = rankBranches([
      branch('设备维修党支部', 4, 20),
      branch('安全环保党支部', 4, 20),
      branch('综合办公室党支部', 8, 40),
    ]);
    expect(rows.map((r) => [r.rank, r.name])).toEqual([
      [1, '综合办公室党支部'],
      [1, '安全环保党支部'],
      [1, '设备维修党支部'],
    ]);
  });

  it('keeps each branch’s figures as given', () => {
    expect(rankBranches([branch('机关', 7, 30)])).toEqual([
      { rank: 1, orgId: 'org-机关', name: '机关', memberCount: 7, total: 30, average: 4.3 },
    ]);
  });
});
