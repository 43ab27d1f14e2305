import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { LetterDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { taintedJpeg } from '../support/tainted-jpeg';
import { uploadAs } from '../support/upload';

let t: TestCloud;

const letter = (over: Record<string, unknown> = {}) => ({
  to: 'branch' as const,
  text: '办公楼三楼的消防通道被杂物堵住了，说了好几次也没清理。',
  anonymous: false,
  ...over,
});

const stored = (id: string) =>
  t.cloud.db.find('mailbox_letters', { _id: id })[0] as unknown as LetterDoc;
const total = (orgId: string) =>
  (t.cloud.db.find('mailbox_stats', { _id: orgId })[0] as { total?: number } | undefined)?.total ??
  0;

async function photo(openid: string): Promise<string> {
  const { cloudPath } = ok(await t.call(openid, 'mailbox', 'uploadTicket', { ext: 'jpg' }));
  return uploadAs(t.url, openid, cloudPath, taintedJpeg('x'));
}

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-07T10:00:00+08:00' });
});
afterAll(() => t.close());

describe('who reads a letter (docs/domain.md §8.5)', () => {
  let branchLetter: string;
  let committeeLetter: string;

  beforeAll(async () => {
    branchLetter = ok(
      await t.call(ID.member, 'mailbox', 'send', letter({ photos: [await photo(ID.member)] })),
    ).letterId;
    committeeLetter = ok(
      await t.call(ID.member, 'mailbox', 'send', letter({ to: 'committee', anonymous: true })),
    ).letterId;
  });

  it('the branch secretary reads the branch letter, with the writer named', async () => {
    const seen = ok(await t.call(ID.secretary, 'mailbox', 'open', { letterId: branchLetter }));
    expect(seen).toMatchObject({ status: '已读', anonymous: false, category: '问题反映' });
    expect(seen.writerName).toBeTruthy();
  });

  it.each([
    ['the admin of the whole 党委', ID.admin],
    ['the admin of another 总支', ID.prodAdmin],
    ['a member of another branch', ID.member2],
    ['the writer by id', ID.member],
  ])('%s may not read its content', async (_who, openid) => {
    expect(code(await t.call(openid, 'mailbox', 'open', { letterId: branchLetter }))).toBe(
      'FORBIDDEN',
    );
  });

  it('a letter to the 党委 goes to its admin, not to the branch secretary', async () => {
    expect(code(await t.call(ID.secretary, 'mailbox', 'open', { letterId: committeeLetter }))).toBe(
      'FORBIDDEN',
    );
    expect(
      ok(await t.call(ID.admin, 'mailbox', 'open', { letterId: committeeLetter })),
    ).toMatchObject({
      anonymous: true,
      writerName: null,
    });
  });

  it('higher admins see counts of the branch, the admin of another 总支 does not', async () => {
    const figures = ok(await t.call(ID.admin, 'mailbox', 'stats', { orgId: 'org-b-office' }));
    const branchLetters = t.cloud.db.find('mailbox_letters', { orgId: 'org-b-office' });
    expect(figures.total).toBe(branchLetters.length);
    expect(figures.byCategory.问题反映).toBe(
      branchLetters.filter((l) => l.category === '问题反映').length,
    );
    expect(code(await t.call(ID.prodAdmin, 'mailbox', 'stats', { orgId: 'org-b-office' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('a deputy the secretary names reads the letters; before that they do not', async () => {
    const deputy = ok(await t.call(ID.member, 'member', 'me', {}));
    if (!deputy.bound) throw new Error('demo-member 未绑定');
    expect(ok(await t.call(ID.member, 'mailbox', 'inbox', {})).items).toEqual([]);
    ok(await t.call(ID.secretary, 'mailbox', 'setDelegates', { memberIds: [deputy.member._id] }));
    expect(ok(await t.call(ID.member, 'mailbox', 'inbox', {})).items.map((l) => l._id)).toContain(
      branchLetter,
    );
    ok(await t.call(ID.secretary, 'mailbox', 'setDelegates', { memberIds: [] }));
    expect(code(await t.call(ID.member, 'mailbox', 'open', { letterId: branchLetter }))).toBe(
      'FORBIDDEN',
    );
  });

  it('hands out photo links that expire', async () => {
    const [url] = ok(
      await t.call(ID.secretary, 'mailbox', 'open', { letterId: branchLetter }),
    ).photos;
    expect((await fetch(url)).status).toBe(200);
    t.cloud.clock.advance(11 * 60 * 1000);
    expect((await fetch(url)).status).not.toBe(200);
  });
});

describe('handling (docs/domain.md §8.5)', () => {
  let letterId: string;
  let ticket: string;

  beforeAll(async () => {
    ({ letterId, ticket = '' } = ok(
      await t.call(ID.member, 'mailbox', 'send', letter({ anonymous: true })),
    ));
  });

  it('refuses 已办结 before an answer', async () => {
    ok(await t.call(ID.secretary, 'mailbox', 'open', { letterId }));
    expect(
      code(await t.call(ID.secretary, 'mailbox', 'setStatus', { letterId, status: '已办结' })),
    ).toBe('CONFLICT');
    expect(stored(letterId).status).toBe('已读');
  });

  it('sets unread again, then 处理中, answers and closes', async () => {
    ok(await t.call(ID.secretary, 'mailbox', 'setStatus', { letterId, status: '未读' }));
    ok(await t.call(ID.secretary, 'mailbox', 'setStatus', { letterId, status: '处理中' }));
    ok(await t.call(ID.secretary, 'mailbox', 'reply', { letterId, text: '已安排清理。' }));
    expect(stored(letterId).status).toBe('已答复');
    ok(await t.call(ID.secretary, 'mailbox', 'setStatus', { letterId, status: '已办结' }));
    expect(stored(letterId).status).toBe('已办结');
  });

  it('the writer rates once and reopens once, by ticket', async () => {
    ok(await t.call(ID.member, 'mailbox', 'rate', { ticket, rating: '不满意' }));
    expect(code(await t.call(ID.member, 'mailbox', 'rate', { ticket, rating: '满意' }))).toBe(
      'CONFLICT',
    );
    ok(await t.call(ID.member, 'mailbox', 'reopen', { ticket, text: '杂物又堆回来了。' }));
    expect(stored(letterId).status).toBe('处理中');
    ok(await t.call(ID.secretary, 'mailbox', 'reply', { letterId, text: '已通知物业每周检查。' }));
    expect(code(await t.call(ID.member, 'mailbox', 'reopen', { ticket, text: '还是不行。' }))).toBe(
      'CONFLICT',
    );
  });

  it('keeps the figures in step with every change', async () => {
    const figures = ok(await t.call(ID.secretary, 'mailbox', 'stats', { orgId: 'org-b-office' }));
    const counted = Object.values(figures.byStatus).reduce((a, b) => a + b, 0);
    expect(counted).toBe(figures.total);
    const letters = t.cloud.db.find('mailbox_letters', { box: 'org-b-office:managers' });
    expect(figures.total).toBe(letters.length);
    expect(figures.byStatus.已答复).toBe(letters.filter((l) => l.status === '已答复').length);
  });
});

describe('sending', () => {
  it('stores one letter for a retried send with the same request id', async () => {
    const before = total('org-b-office');
    const send = letter({ requestId: 'retry-letter-0001', anonymous: true });
    const [a, b] = await Promise.all([
      t.call(ID.member, 'mailbox', 'send', send),
      t.call(ID.member, 'mailbox', 'send', send),
    ]);
    expect(ok(a)).toEqual(ok(b));
    expect(ok(await t.call(ID.member, 'mailbox', 'send', send))).toEqual(ok(a));
    expect(total('org-b-office')).toBe(before + 1);
  });

  it('stores at most 5 of 20 parallel sends by one writer in a day', async () => {
    const before = total('org-b-mine1');
    const replies = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t.call(ID.member2, 'mailbox', 'send', letter({ anonymous: i % 2 === 0 })),
      ),
    );
    expect(replies.filter((r) => r.ok)).toHaveLength(5);
    expect(replies.filter((r) => code(r) === 'RATE_LIMITED')).toHaveLength(15);
    expect(total('org-b-mine1')).toBe(before + 5);
    expect(t.cloud.db.find('mailbox_letters', { orgId: 'org-b-mine1' })).toHaveLength(5);
  });

  it.each([
    ['to', { to: 'boss' }],
    ['text', { text: '短' }],
    ['anonymous', { anonymous: 'yes' }],
    ['category', { category: '闲聊' }],
    ['photos.0', { photos: ['cloud://env/other/x.jpg'] }],
  ])('refuses bad %s with INVALID_ARGUMENT naming it, storing nothing', async (field, over) => {
    const before = t.cloud.db.find('mailbox_letters').length;
    const reply = await t.call(ID.member, 'mailbox', 'send', letter(over) as never);
    expect(reply.ok ? null : reply.error).toMatchObject({ code: 'INVALID_ARGUMENT', field });
    expect(t.cloud.db.find('mailbox_letters')).toHaveLength(before);
  });

  it('suggests a category while the writer types', async () => {
    expect(
      ok(
        await t.call(ID.member, 'mailbox', 'suggestCategory', { text: '建议把学习资料做成短视频' }),
      ),
    ).toMatchObject({ category: '意见建议' });
  });
});

describe('随手拍', () => {
  it('goes to the branch secretary when the branch has no 纪检委员', async () => {
    const { letterId } = ok(
      await t.call(ID.member, 'mailbox', 'snap', {
        text: '北门护栏松动',
        place: '厂区北门',
        anonymous: true,
        photos: [await photo(ID.member)],
      }),
    );
    expect(stored(letterId)).toMatchObject({ kind: 'snap', route: 'managers', place: '厂区北门' });
    expect(ok(await t.call(ID.secretary, 'mailbox', 'open', { letterId })).kind).toBe('snap');
  });
});
