import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';

let t: TestCloud;

beforeAll(async () => (t = await startTestCloud()));
afterAll(() => t.close());

/**
 * Bad input is refused as INVALID_ARGUMENT naming the field in `field`, with a message a member
 * reads: the field in words, no field name, code or English.
 */
describe('messages of bad input name the field in words', () => {
  it.each([
    [
      'an action the function does not have',
      'points',
      'noSuch',
      {},
      'action',
      '不支持的操作，请更新到最新版本后重试',
    ],
    ['a missing article id', 'news', 'get', {}, 'id', '编号不能为空'],
    ['an empty article id', 'news', 'get', { id: ' ' }, 'id', '编号不能为空'],
    [
      'a ranking period that is none',
      'points',
      'ranking',
      { scope: 'members', period: 'week' },
      'period',
      '统计周期不是可选的值',
    ],
    [
      'a field the contract does not have',
      'points',
      'me',
      { extra: 1 },
      'extra',
      '提交的内容无法识别，请更新到最新版本后重试',
    ],
    [
      'a nickname too long',
      'member',
      'updateProfile',
      { nickname: '名'.repeat(60) },
      'nickname',
      /^昵称不能超过 \d+ 个字$/,
    ],
  ] as const)('%s', async (_what, fn, action, data, field, message) => {
    const reply = await t.post(fn, { action, data }, ID.member);
    expect(reply.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field } });
    const error = (reply.body as { error: { message: string } }).error;
    expect(error.message).toMatch(message);
    expect(error.message).not.toMatch(/[A-Za-z]|字段/);
  });
});
