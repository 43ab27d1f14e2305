import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { PointEntryDoc, PointMemberYearDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code } from '../support/replies';

/**
 * The local cloud's clock stands on a Wednesday morning in China (docs/cloudbase-protocol.md
 * §4.5), far from midnight: "today", this month and this year are those of this instant, and
 * each test starts a second after the one before, so entries are ordered by time.
 */
const NOW = '2026-06-17T10:00:00+08:00';
const TODAY = '2026-06-17';
const TOMORROW = '2026-06-18';
const YEAR = 2026;

let t: TestCloud;
let member: string; // demo-member, 综合办公室党支部
let member2: string; // demo-member-2, 第一采区党支部
let secretary: string;

const ledgerSize = () => t.cloud.db.countDocs('point_ledger');
let requests = 0;
/** A fresh request id, as the adjustment form picks one when it opens. */
const rid = () => `req${Date.now().toString(36)}${(requests++).toString(36)}`;
const yearOf = async (openid: string) => {
  const reply = await t.call(openid, 'points', 'me', {});
  if (!reply.ok) throw new Error(reply.error.message);
  return reply.data.year;
};

beforeAll(async () => {
  t = await startTestCloud({ at: NOW });
  member = await t.memberId(ID.member);
  member2 = await t.memberId(ID.member2);
  secretary = await t.memberId(ID.secretary);
});
afterAll(() => t.close());
beforeEach(() => t.cloud.clock.advance(1000));

describe('no client call awards points', () => {
  it.each([
    ['award', { memberId: 'self', rule: 'read_article', sourceId: 'x' }],
    ['awardPoints', { rule: 'pass_exam' }],
    ['read', { articleId: 'a1', seconds: 600 }],
  ])('points.%s is refused and changes nothing', async (action, data) => {
    const before = ledgerSize();
    const year = await yearOf(ID.member);
    const res = await t.post('points', { action, data }, ID.member);
    expect(res.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(ledgerSize()).toBe(before);
    expect(await yearOf(ID.member)).toBe(year);
  });

  it('refuses a member adjusting their own points, even a secretary', async () => {
    const before = ledgerSize();
    expect(
      code(
        await t.call(ID.member, 'points', 'adjust', {
          requestId: rid(),
          memberId: member,
          points: 20,
          reason: '自己加分',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(
        await t.call(ID.secretary, 'points', 'adjust', {
          requestId: rid(),
          memberId: secretary,
          points: 5,
          reason: '补发积分',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(ledgerSize()).toBe(before);
  });
});

describe('manual adjustments (points.adjust)', () => {
  it.each([
    ['the secretary, a member of their branch', ID.secretary, 'member', 'OK'],
    ['the secretary, a member of another branch', ID.secretary, 'member2', 'FORBIDDEN'],
    ['the admin of another 总支', ID.prodAdmin, 'member', 'FORBIDDEN'],
    ['the admin of that 总支', ID.prodAdmin, 'member2', 'OK'],
    ['the 党委 admin', ID.admin, 'member2', 'OK'],
    ['an ordinary member', ID.member2, 'member', 'FORBIDDEN'],
    ['an unbound visitor', ID.visitor, 'member', 'UNAUTHENTICATED'],
  ])('%s (%s adjusts %s) → %s', async (_who, openid, target, expected) => {
    const memberId = target === 'member' ? member : member2;
    const before = ledgerSize();
    const reply = await t.call(openid, 'points', 'adjust', {
      requestId: rid(),
      memberId,
      points: 2,
      reason: '参加志愿服务补发',
    });
    expect(code(reply)).toBe(expected);
    expect(ledgerSize()).toBe(before + (expected === 'OK' ? 1 : 0));
  });

  it('adds a deduction to the member’s totals and ledger, with who and why', async () => {
    const year = await yearOf(ID.member);
    const reply = await t.call(ID.secretary, 'points', 'adjust', {
      requestId: rid(),
      memberId: member,
      points: -3,
      reason: '无故缺席组织生活',
    });
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.data.awarded).toBe(-3);
    expect(await yearOf(ID.member)).toBe(year - 3);
    const history = await t.call(ID.member, 'points', 'history', {});
    if (!history.ok) throw new Error(history.error.message);
    expect(history.data.items[0]).toMatchObject({
      _id: reply.data.entryId,
      rule: 'manual_deduct',
      ruleName: '违规扣减',
      points: -3,
      reason: '无故缺席组织生活',
    });
  });

  it('makes one adjustment of a request sent twice, and refuses its id for other content', async () => {
    const requestId = rid();
    const year = await yearOf(ID.member);
    const before = ledgerSize();
    const send = (points: number) =>
      t.call(ID.secretary, 'points', 'adjust', {
        requestId,
        memberId: member,
        points,
        reason: '参加抢险补发',
      });
    const first = await send(4);
    const again = await send(4);
    expect(again).toEqual(first);
    expect(code(await send(5))).toBe('CONFLICT');
    expect(ledgerSize()).toBe(before + 1);
    expect(await yearOf(ID.member)).toBe(year + 4);
  });

  it('finishes, when the request is sent again, an adjustment whose first attempt died', async () => {
    const requestId = rid();
    const year = await yearOf(ID.member);
    // As the first attempt left it: the ledger entry written, the totals not yet.
    const now = t.cloud.clock.now();
    const day = TODAY.replace(/-/g, '');
    t.cloud.db.insertMany('point_ledger', [
      {
        _id: `manual_award:${member}:${requestId}`,
        memberId: member,
        orgId: 'org-b-office',
        orgPath: '/org-root/org-zz-hq/org-b-office/',
        rule: 'manual_award',
        ruleVersion: 0,
        points: 3,
        capped: false,
        sourceId: requestId,
        at: now,
        day,
        grantedBy: secretary,
        reason: '参加抢险补发',
        reverses: null,
      },
    ]);
    const reply = await t.call(ID.secretary, 'points', 'adjust', {
      requestId,
      memberId: member,
      points: 3,
      reason: '参加抢险补发',
    });
    expect(reply).toMatchObject({ ok: true, data: { awarded: 3 } });
    expect(await yearOf(ID.member)).toBe(year + 3);
  });

  it('refuses a reason that fails content security, and points outside ±20', async () => {
    const before = ledgerSize();
    const risky = await t.call(ID.secretary, 'points', 'adjust', {
      requestId: rid(),
      memberId: member,
      points: 2,
      reason: '原因 __RISKY__',
    });
    expect(code(risky)).toBe('CONTENT_REJECTED');
    expect(
      code(
        await t.call(ID.secretary, 'points', 'adjust', {
          requestId: rid(),
          memberId: member,
          points: 50,
          reason: '补发',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(ledgerSize()).toBe(before);
  });
});

describe('reversals (points.reverse)', () => {
  let entryId: string;
  beforeAll(async () => {
    const reply = await t.call(ID.secretary, 'points', 'adjust', {
      requestId: rid(),
      memberId: member,
      points: 7,
      reason: '误发的积分',
    });
    if (!reply.ok) throw new Error(reply.error.message);
    entryId = reply.data.entryId;
  });

  it('is for admins only', async () => {
    expect(code(await t.call(ID.secretary, 'points', 'reverse', { entryId, reason: '误发' }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.call(ID.prodAdmin, 'points', 'reverse', { entryId, reason: '误发' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('writes an opposite entry once and never deletes the original', async () => {
    const year = await yearOf(ID.member);
    const reply = await t.call(ID.admin, 'points', 'reverse', {
      entryId,
      reason: '重复补发，予以冲正',
    });
    expect(reply).toMatchObject({ ok: true, data: { points: -7 } });
    expect(await yearOf(ID.member)).toBe(year - 7);
    expect(t.cloud.db.find('point_ledger', { _id: entryId })).toHaveLength(1);
    expect(code(await t.call(ID.admin, 'points', 'reverse', { entryId, reason: '再冲一次' }))).toBe(
      'CONFLICT',
    );
    expect(await yearOf(ID.member)).toBe(year - 7);
    if (!reply.ok) return;
    expect(
      code(
        await t.call(ID.admin, 'points', 'reverse', {
          entryId: reply.data.entryId,
          reason: '冲正冲正',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });
});

describe('我的积分 (points.me / points.history)', () => {
  it('reads totals that equal the sum of the member’s ledger', async () => {
    const reply = await t.call(ID.member, 'points', 'me', {});
    if (!reply.ok) throw new Error(reply.error.message);
    const year = YEAR;
    const entries = t.cloud.db.find('point_ledger', {
      memberId: member,
    }) as unknown as PointEntryDoc[];
    const ofYear = entries.filter((e) => e.day.startsWith(String(year)));
    expect(reply.data.year).toBe(ofYear.reduce((s, e) => s + e.points, 0));
    const read = reply.data.byRule.find((r) => r.code === 'read_article');
    expect(read).toMatchObject({ name: '阅读文章', points: 1, dailyCap: 6 });
    // Today and this month, overall and by rule, from the month's days of the year document.
    const today = TODAY.replace(/-/g, '');
    const ofMonth = ofYear.filter((e) => e.day.startsWith(today.slice(0, 6)));
    const sum = (list: PointEntryDoc[]) => list.reduce((s, e) => s + e.points, 0);
    expect(reply.data.month).toBe(sum(ofMonth));
    expect(reply.data.today).toBe(sum(ofMonth.filter((e) => e.day === today)));
    for (const rule of reply.data.byRule) {
      expect(rule.month).toBe(sum(ofMonth.filter((e) => e.rule === rule.code)));
    }
  });

  it('pages through the whole history without repeats', async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const reply = await t.call(ID.member, 'points', 'history', { cursor });
      if (!reply.ok) throw new Error(reply.error.message);
      seen.push(...reply.data.items.map((e) => e._id));
      cursor = reply.data.nextCursor ?? undefined;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(t.cloud.db.countDocs('point_ledger', { memberId: member }));
  });
});

describe('rankings that respect members (points.ranking)', () => {
  it('lists members anonymised unless they opted in, the caller by name', async () => {
    await t.call(ID.member, 'points', 'setVisibility', { visible: false });
    const reply = await t.call(ID.secretary, 'points', 'ranking', {
      scope: 'members',
      period: 'year',
    });
    if (!reply.ok || reply.data.scope !== 'members') throw new Error('no member ranking');
    const names = reply.data.items.map((i) => i.name);
    const docs = t.cloud.db.find('members', { _id: member }) as unknown as { name: string }[];
    expect(names).not.toContain(docs[0].name);
    expect(names.some((n) => /^党员[A-Z]\d{2}$/.test(n))).toBe(true);

    await t.call(ID.member, 'points', 'setVisibility', { visible: true });
    const after = await t.call(ID.secretary, 'points', 'ranking', {
      scope: 'members',
      period: 'year',
    });
    if (!after.ok || after.data.scope !== 'members') throw new Error('no member ranking');
    expect(after.data.items.map((i) => i.name)).toContain(docs[0].name);
  });

  it('ranks the 党委’s eight branches by points per member for the admin', async () => {
    const reply = await t.call(ID.admin, 'points', 'ranking', { scope: 'branch', period: 'month' });
    if (!reply.ok || reply.data.scope !== 'branch') throw new Error('no branch ranking');
    expect(reply.data.items).toHaveLength(8);
    const averages = reply.data.items.map((i) => i.average);
    expect([...averages].sort((a, b) => b - a)).toEqual(averages);
  });

  it.each([
    [
      'a member, another branch',
      ID.member,
      { scope: 'members', period: 'year', orgId: 'org-b-mine1' },
      'FORBIDDEN',
    ],
    [
      'a secretary, the 党委',
      ID.secretary,
      { scope: 'branch', period: 'year', orgId: 'org-root' },
      'FORBIDDEN',
    ],
    ['the 总支 admin, its branches', ID.prodAdmin, { scope: 'branch', period: 'year' }, 'OK'],
  ] as const)('%s (%s) → %s', async (_who, openid, data, expected) => {
    expect(code(await t.call(openid, 'points', 'ranking', data))).toBe(expected);
  });
});

describe('branch figures (points.branchSummary)', () => {
  it('answers the branch total, average and participation from maintained documents', async () => {
    const reply = await t.call(ID.secretary, 'points', 'branchSummary', {
      orgId: 'org-b-office',
      period: 'year',
    });
    if (!reply.ok) throw new Error(reply.error.message);
    const docs = t.cloud.db.find('point_member_years', {
      orgId: 'org-b-office',
      year: YEAR,
    }) as unknown as PointMemberYearDoc[];
    expect(reply.data.total).toBe(docs.reduce((s, d) => s + d.total, 0));
    expect(reply.data.memberCount).toBe(14);
    expect(reply.data.participation).toBeGreaterThan(0);
    expect(reply.data.participation).toBeLessThanOrEqual(1);
  });

  it('is not for other branches', async () => {
    expect(
      code(
        await t.call(ID.member, 'points', 'branchSummary', {
          orgId: 'org-b-mine1',
          period: 'month',
        }),
      ),
    ).toBe('FORBIDDEN');
  });
});

describe('rules as data (points.rules / points.setRule)', () => {
  const today = TODAY;
  const tomorrow = TOMORROW;

  it('lists the defaults to any member', async () => {
    const reply = await t.call(ID.member, 'points', 'rules', {});
    if (!reply.ok) throw new Error(reply.error.message);
    expect(reply.data.items.find((r) => r.code === 'read_article')).toMatchObject({
      points: 1,
      dailyCap: 6,
      minSeconds: 30,
      version: 0,
    });
  });

  it.each([
    ['a secretary', ID.secretary, 'FORBIDDEN'],
    ['a 总支 admin', ID.prodAdmin, 'FORBIDDEN'],
  ])('%s cannot change a rule', async (_who, openid, expected) => {
    const reply = await t.call(openid, 'points', 'setRule', {
      code: 'share_note',
      points: 5,
      dailyCap: 10,
      weeklyCap: null,
      effectiveFrom: tomorrow,
    });
    expect(code(reply)).toBe(expected);
  });

  it('lets the 党委 admin schedule a new version, closing the old one and keeping it', async () => {
    const reply = await t.call(ID.admin, 'points', 'setRule', {
      code: 'share_note',
      points: 2,
      dailyCap: 4,
      weeklyCap: 10,
      effectiveFrom: tomorrow,
    });
    expect(reply).toMatchObject({ ok: true, data: { version: 1, points: 2 } });
    const rules = await t.call(ID.member, 'points', 'rules', {});
    if (!rules.ok) throw new Error(rules.error.message);
    expect(rules.data.items.find((r) => r.code === 'share_note')).toMatchObject({
      version: 0,
      points: 1,
      next: { version: 1, points: 2 },
    });
    const again = await t.call(ID.admin, 'points', 'setRule', {
      code: 'share_note',
      points: 3,
      dailyCap: 4,
      weeklyCap: null,
      effectiveFrom: today,
    });
    expect(code(again)).toBe('INVALID_ARGUMENT');
  });

  it('refuses a date in the past and a code that does not exist', async () => {
    expect(
      code(
        await t.call(ID.admin, 'points', 'setRule', {
          code: 'read_article',
          points: 2,
          dailyCap: 6,
          weeklyCap: null,
          effectiveFrom: '2020-01-01',
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
    expect(
      code(
        await t.call(ID.admin, 'points', 'setRule', {
          code: 'open_app',
          points: 1,
          dailyCap: 1,
          weeklyCap: null,
          effectiveFrom: tomorrow,
        }),
      ),
    ).toBe('INVALID_ARGUMENT');
  });
});

describe('yearly export for 民主评议 (points.exportYear)', () => {
  const year = YEAR;
  it('gives the secretary a spreadsheet of their branch', async () => {
    const reply = await t.call(ID.secretary, 'points', 'exportYear', {
      orgId: 'org-b-office',
      year,
    });
    if (!reply.ok) throw new Error(reply.error.message);
    const file = await fetch(reply.data.url);
    expect(file.status).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await file.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('综合办公室党支部');
    expect(sheet?.rowCount).toBe(15);
    expect(sheet?.getRow(1).getCell(14).value).toBe('全年合计');
  });

  it('is not for a secretary above their branch', async () => {
    expect(
      code(await t.call(ID.secretary, 'points', 'exportYear', { orgId: 'org-root', year })),
    ).toBe('FORBIDDEN');
  });
});
