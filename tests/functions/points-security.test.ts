import { createHash } from 'node:crypto';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';

/**
 * Attacks on points from inside the enterprise (issue 11): re-identifying members hidden from
 * a ranking, and an admin undoing a deduction made against themselves.
 */

/** The local cloud's clock stands here, the seed built as of then (docs/cloudbase-protocol.md §4.5). */
const NOW = '2026-06-17T10:00:00+08:00';

const KEY_A = Buffer.alloc(32, 0xa5).toString('base64');
const KEY_B = Buffer.alloc(32, 0x5a).toString('base64');

/** The formula pseudonyms used to have: anyone with a member id from the roster can compute it. */
function unkeyedPseudonym(memberId: string, year: number): string {
  const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
  const hash = createHash('sha256').update(`${memberId}:${year}`).digest();
  return `党员${letters[hash[0] % letters.length]}${String(hash.readUInt16BE(1) % 100).padStart(2, '0')}`;
}

/** Starts a test cloud whose functions get `key` as POINTS_PSEUDONYM_KEY (a set variable wins). */
async function cloudWithKey(key: string): Promise<TestCloud> {
  const saved = process.env.POINTS_PSEUDONYM_KEY;
  process.env.POINTS_PSEUDONYM_KEY = key;
  try {
    return await startTestCloud({ at: NOW });
  } finally {
    if (saved === undefined) delete process.env.POINTS_PSEUDONYM_KEY;
    else process.env.POINTS_PSEUDONYM_KEY = saved;
  }
}

async function officeRanking(cloud: TestCloud) {
  const data = ok(
    await cloud.call(ID.secretary, 'points', 'ranking', { scope: 'members', period: 'year' }),
  );
  if (data.scope !== 'members') throw new Error('no member ranking');
  return data.items;
}

let t: TestCloud;
beforeAll(async () => {
  t = await cloudWithKey(KEY_A);
});
afterAll(() => t.close());

describe('pseudonyms in a member ranking (points.ranking)', () => {
  /** Members of 综合办公室党支部 listed under a pseudonym for the secretary: points, not opted in. */
  function hiddenMembers(year: number): string[] {
    const secretary = t.cloud.db.find('members', { openid: ID.secretary })[0]._id as string;
    const shown = new Set(
      t.cloud.db.find('point_prefs', { visible: true }).map((d) => d._id as string),
    );
    return t.cloud.db
      .find('point_member_years', { orgId: 'org-b-office', year, total: { $gt: 0 } })
      .map((d) => d.memberId as string)
      .filter((id) => id !== secretary && !shown.has(id));
  }

  it('cannot be recomputed from a member id and the year', async () => {
    // The points year is Beijing's calendar year, that of the clock's instant.
    const year = 2026;
    const hidden = hiddenMembers(year);
    expect(hidden.length).toBeGreaterThan(3);
    const names = (await officeRanking(t)).map((i) => i.name);
    const pseudonyms = names.filter((n) => /^党员[A-Z]\d{2}$/.test(n));
    expect(pseudonyms).toHaveLength(hidden.length);
    for (const id of hidden) expect(names).not.toContain(unkeyedPseudonym(id, year));
  });

  it('stays the same for a member across calls in one year', async () => {
    expect(await officeRanking(t)).toEqual(await officeRanking(t));
  });

  it('depends on the server’s key: another key gives the same members other pseudonyms', async () => {
    const other = await cloudWithKey(KEY_B);
    try {
      const mine = await officeRanking(t);
      const theirs = await officeRanking(other);
      expect(theirs.map((i) => i.points)).toEqual(mine.map((i) => i.points));
      const hidden = (items: typeof mine) =>
        items.map((i) => i.name).filter((n) => /^党员[A-Z]\d{2}$/.test(n));
      expect(hidden(theirs)).not.toEqual(hidden(mine));
    } finally {
      await other.close();
    }
  });

  it('is refused with a clear message when the key is not configured', async () => {
    const bare = await cloudWithKey('');
    try {
      const reply = await bare.call(ID.secretary, 'points', 'ranking', {
        scope: 'members',
        period: 'year',
      });
      expect(reply).toMatchObject({
        ok: false,
        error: { code: 'INTERNAL', message: '服务端未配置积分排行匿名密钥' },
      });
    } finally {
      await bare.close();
    }
  });
});

describe('an admin and their own points (points.reverse)', () => {
  const partySecretary = 'wx-party-secretary';
  let entryId: string;
  let admin: string;

  beforeAll(async () => {
    admin = await t.memberId(ID.admin);
    // 党群工作部党支部's secretary, bound for this test, deducts from the admin of their branch.
    const party = t.cloud.db.find('organisations', { _id: 'org-b-party' })[0] as unknown as {
      committee: { memberId: string; title: string }[];
    };
    const secretaryId = party.committee.find((s) => s.title === '书记')!.memberId;
    const invite = ok(await t.call(ID.admin, 'member', 'issueInvite', { memberId: secretaryId }));
    ok(await t.call(partySecretary, 'member', 'bind', { code: invite.code }));
    const deduction = ok(
      await t.call(partySecretary, 'points', 'adjust', {
        requestId: 'reqdeductadmin',
        memberId: admin,
        points: -5,
        reason: '无故缺席组织生活',
      }),
    );
    entryId = deduction.entryId;
  });

  it('refuses the admin reversing a deduction against themselves, and changes nothing', async () => {
    const ledger = t.cloud.db.countDocs('point_ledger');
    const years = t.cloud.db.find('point_member_years', { memberId: admin });
    const before = ok(await t.call(ID.admin, 'points', 'me', {}));
    const reply = await t.call(ID.admin, 'points', 'reverse', {
      entryId,
      reason: '扣分有误，予以冲正',
    });
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '不能更正自己的积分记录' },
    });
    expect(t.cloud.db.countDocs('point_ledger')).toBe(ledger);
    expect(t.cloud.db.find('point_ledger', { reverses: entryId })).toHaveLength(0);
    expect(t.cloud.db.find('point_member_years', { memberId: admin })).toEqual(years);
    expect(ok(await t.call(ID.admin, 'points', 'me', {}))).toEqual(before);
  });
});
