import {
  drawByTags,
  sealedPools,
  SEALED_PER_DRAWN,
  shortPicks,
  type TagPools,
} from '../../cloudfunctions/school/rules/draw';

// docs/domain.md §7.7: a paper drawn at random by tag and count, per attempt.
const ids = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

const POOLS: TagPools = {
  党章: ids('dz', 20),
  党史: ids('ds', 8),
  // Two questions carry both tags.
  纪律: [...ids('jl', 3), 'dz01', 'ds01'],
  空: [],
};

const tagOf = (id: string) =>
  id.startsWith('dz') ? '党章' : id.startsWith('ds') ? '党史' : '纪律';
const countBy = (paper: string[]) =>
  paper.reduce<Record<string, number>>(
    (n, id) => ({ ...n, [tagOf(id)]: (n[tagOf(id)] ?? 0) + 1 }),
    {},
  );

describe('a paper drawn by tag and count (docs/domain.md §7.7)', () => {
  it.each([
    [
      '10 of 党章 and 5 of 党史',
      [
        { tag: '党章', count: 10 },
        { tag: '党史', count: 5 },
      ],
      { 党章: 10, 党史: 5 },
    ],
    ['a whole pool', [{ tag: '党史', count: 8 }], { 党史: 8 }],
    ['one question', [{ tag: '党章', count: 1 }], { 党章: 1 }],
    [
      'overlapping tags never draw a question twice',
      [
        { tag: '党章', count: 20 },
        { tag: '纪律', count: 4 },
      ],
      { 党章: 20, 党史: 1, 纪律: 3 },
    ],
    ['a pool that shrank gives what it has', [{ tag: '党史', count: 12 }], { 党史: 8 }],
    ['an empty pool gives nothing', [{ tag: '空', count: 3 }], {}],
    ['an unknown tag gives nothing', [{ tag: '党建', count: 3 }], {}],
  ] as const)('%s', (_case, picks, expected) => {
    const paper = drawByTags(picks, POOLS, 'exam:member:1');
    expect(new Set(paper).size).toBe(paper.length);
    expect(countBy(paper)).toEqual(expected);
  });

  it('draws the same paper for the same attempt and another for another attempt', () => {
    const picks = [
      { tag: '党章', count: 10 },
      { tag: '党史', count: 5 },
    ];
    const first = drawByTags(picks, POOLS, 'exam:member:1');
    expect(drawByTags(picks, POOLS, 'exam:member:1')).toEqual(first);
    const others = ['exam:member:2', 'exam:member2:1', 'exam:member3:1'].map((seed) =>
      drawByTags(picks, POOLS, seed),
    );
    for (const other of others) expect(other).not.toEqual(first);
  });

  it('shuffles the tags together rather than listing one tag after another', () => {
    const paper = drawByTags(
      [
        { tag: '党章', count: 10 },
        { tag: '党史', count: 5 },
      ],
      POOLS,
      'exam:member:1',
    );
    const firstTen = paper.slice(0, 10).map(tagOf);
    expect(new Set(firstTen).size).toBe(2);
  });

  it('does not depend on the order the bank returned a pool in', () => {
    const reversed: TagPools = { ...POOLS, 党章: [...POOLS.党章].reverse() };
    const picks = [{ tag: '党章', count: 6 }];
    expect(drawByTags(picks, reversed, 's')).toEqual(drawByTags(picks, POOLS, 's'));
  });
});

describe('picks the bank cannot always fill (docs/domain.md §7.7)', () => {
  it.each([
    [
      'enough of each',
      [
        { tag: '党章', count: 20 },
        { tag: '党史', count: 8 },
      ],
      [],
    ],
    ['one too many', [{ tag: '党史', count: 9 }], [{ tag: '党史', count: 9, available: 8 }]],
    ['an unknown tag', [{ tag: '党建', count: 1 }], [{ tag: '党建', count: 1, available: 0 }]],
    // 纪律 holds 5, but 党章 and 党史 drawn first may take the two they share with it.
    [
      'questions an earlier pick may take',
      [
        { tag: '党章', count: 1 },
        { tag: '党史', count: 1 },
        { tag: '纪律', count: 4 },
      ],
      [{ tag: '纪律', count: 4, available: 3 }],
    ],
    [
      'the same questions listed first',
      [
        { tag: '纪律', count: 5 },
        { tag: '党章', count: 19 },
      ],
      [],
    ],
  ] as const)('%s', (_case, picks, expected) => {
    expect(shortPicks(picks, POOLS)).toEqual(expected);
  });
});

describe('the pools an exam drawn by tag seals at publication (docs/domain.md §7.11)', () => {
  const BIG: TagPools = { 党章: ids('dz', 60), 纪律: [...ids('jl', 12), ...ids('dz', 30)] };

  it.each([
    ['a small pool whole', [{ tag: '党史', count: 3 }], POOLS, { 党史: 8 }],
    ['five times the count of a large one', [{ tag: '党章', count: 4 }], BIG, { 党章: 20 }],
    // 党章 seals all 60, the 30 it shares with 纪律 among them: 纪律 keeps its own 12.
    [
      'what an earlier pick sealed is left out',
      [
        { tag: '党章', count: 12 },
        { tag: '纪律', count: 10 },
      ],
      BIG,
      { 党章: 60, 纪律: 12 },
    ],
    ['an unknown tag seals nothing', [{ tag: '党建', count: 2 }], POOLS, { 党建: 0 }],
  ] as const)('%s', (_case, picks, pools, sizes) => {
    const sealed = sealedPools(picks, pools, 'exam-1');
    expect(Object.fromEntries(Object.entries(sealed).map(([t, p]) => [t, p.length]))).toEqual(
      sizes,
    );
    const all = Object.values(sealed).flat();
    expect(new Set(all).size).toBe(all.length);
    for (const [tag, pool] of Object.entries(sealed))
      for (const id of pool) expect(pools[tag]).toContain(id);
  });

  it('seals the same pools for the same exam and others for another', () => {
    const picks = [{ tag: '党章', count: 2 }];
    const first = sealedPools(picks, BIG, 'exam-1');
    expect(sealedPools(picks, BIG, 'exam-1')).toEqual(first);
    expect(sealedPools(picks, BIG, 'exam-2')).not.toEqual(first);
    expect(first.党章).toHaveLength(2 * SEALED_PER_DRAWN);
  });

  it('fills every pick of every attempt where no pick is short', () => {
    const picks = [
      { tag: '党章', count: 1 },
      { tag: '党史', count: 1 },
      { tag: '纪律', count: 3 },
    ];
    expect(shortPicks(picks, POOLS)).toEqual([]);
    const sealed = sealedPools(picks, POOLS, 'exam-1');
    for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
      const paper = drawByTags(picks, sealed, seed);
      expect(paper).toHaveLength(5);
    }
  });
});
