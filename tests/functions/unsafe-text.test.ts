import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';

let t: TestCloud;

beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(() => t.close());

const RLO = '\u202E';
const MESSAGE = '不能包含不可见的控制字符或文字方向符号，请删除后重试';

const refusal = async (fn: string, action: string, data: unknown, openid: string) => {
  const reply = await t.post(fn, { action, data }, openid);
  return reply.body.ok ? null : reply.body.error;
};

describe('control and bidi characters are refused at the contract', () => {
  const article = {
    title: `支部${RLO}动态`,
    cover: null,
    summary: '',
    body: '<p>正文</p>',
    source: '',
    author: '',
    columnId: 'col-news',
    scopeId: 'org-b-office',
    pinned: false,
  };
  it.each([
    ['an article title (U+202E)', 'news', 'save', article, ID.secretary, 'title'],
    [
      'an article body (U+2066)',
      'news',
      'save',
      { ...article, title: '支部动态', body: '<p>正\u2066文</p>' },
      ID.secretary,
      'body',
    ],
    [
      'a notice body (a NUL)',
      'notice',
      'send',
      {
        requestId: 'req-unsafe-0001',
        orgId: 'org-b-office',
        title: '通知',
        body: '内容\u0000',
        attachments: [],
        deadline: null,
      },
      ID.secretary,
      'body',
    ],
    [
      'a nickname (U+200F)',
      'member',
      'updateProfile',
      { nickname: `小\u200F王` },
      ID.member,
      'nickname',
    ],
    [
      'a points reason (U+202D)',
      'points',
      'adjust',
      { memberId: 'm-0001', points: 2, reason: `补登\u202D积分`, requestId: 'req-unsafe-0002' },
      ID.secretary,
      'reason',
    ],
  ])('%s', async (_what, fn, action, data, openid, field) => {
    expect(await refusal(fn, action, data, openid)).toEqual({
      code: 'INVALID_ARGUMENT',
      message: MESSAGE,
      field,
    });
  });

  it('keeps line breaks and tabs in multi-line text', async () => {
    const reply = await t.post(
      'notice',
      {
        action: 'send',
        data: {
          requestId: 'req-unsafe-0003',
          orgId: 'org-b-office',
          title: '通知',
          body: '第一行\n\t第二行',
          attachments: [],
          deadline: null,
        },
      },
      ID.secretary,
    );
    expect(reply.body.ok).toBe(true);
  });
});
