import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { LetterDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';

/**
 * docs/domain.md §8.2, §8.6: the party committee's admin sets the answer time and the
 * categorisation rules; bad settings are refused naming the field, with nothing changed, and
 * the saved ones file the next letters.
 */

let t: TestCloud;

const TEXT = '建议在厂区东门加装一个快递柜，大家取件方便些。';

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-07T10:00:00+08:00' });
});
afterAll(() => t.close());

describe('信箱设置', () => {
  it('starts from the defaults: seven days', async () => {
    expect(ok(await t.call(ID.admin, 'mailbox', 'settings', {})).replyDays).toBe(7);
  });

  it.each([
    ['replyDays', { replyDays: 0, rules: [] }],
    ['replyDays', { replyDays: 7.5, rules: [] }],
    [
      'rules.0.phrases.0.weight',
      { replyDays: 7, rules: [{ category: '其他', phrases: [{ phrase: '快递', weight: 11 }] }] },
    ],
    [
      'rules.0.phrases.0.phrase',
      { replyDays: 7, rules: [{ category: '其他', phrases: [{ phrase: ' ', weight: 1 }] }] },
    ],
    [
      'rules',
      {
        replyDays: 7,
        rules: [
          { category: '其他', phrases: [] },
          { category: '其他', phrases: [] },
        ],
      },
    ],
  ])('refuses a bad %s, changing nothing', async (field, settings) => {
    const reply = await t.call(ID.admin, 'mailbox', 'saveSettings', settings as never);
    expect(reply.ok ? null : reply.error).toMatchObject({ code: 'INVALID_ARGUMENT', field });
    expect(t.cloud.db.find('mailbox_settings')).toEqual([]);
  });

  it('is for the enterprise admin only', async () => {
    const settings = { replyDays: 3, rules: [] };
    for (const openid of [ID.prodAdmin, ID.secretary, ID.member])
      expect(code(await t.call(openid, 'mailbox', 'saveSettings', settings))).toBe('FORBIDDEN');
    expect(t.cloud.db.find('mailbox_settings')).toEqual([]);
  });

  it('files the next letters by the saved phrases and answer time', async () => {
    const before = ok(await t.call(ID.member, 'mailbox', 'suggestCategory', { text: TEXT }));
    expect(before.category).toBe('意见建议');
    const current = ok(await t.call(ID.admin, 'mailbox', 'settings', {}));
    const rules = current.rules.map((r) =>
      r.category === '其他'
        ? { ...r, phrases: [...r.phrases, { phrase: '快递柜', weight: 10 }] }
        : r,
    );
    ok(await t.call(ID.admin, 'mailbox', 'saveSettings', { replyDays: 3, rules }));
    expect(ok(await t.call(ID.member, 'mailbox', 'suggestCategory', { text: TEXT })).category).toBe(
      '其他',
    );
    const { letterId } = ok(
      await t.call(ID.member, 'mailbox', 'send', { to: 'branch', text: TEXT, anonymous: false }),
    );
    const letter = t.cloud.db.find('mailbox_letters', { _id: letterId })[0] as unknown as LetterDoc;
    expect(letter).toMatchObject({ category: '其他', deadline: '2026-12-10' });
  });
});
