import jpeg from 'jpeg-js';
import type { Browser, Page } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { LetterDoc } from '../../typings/documents';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';

let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney()));
afterAll(() => endJourney({ t, browser }));

/** A photo as a phone would hand it over: a small JPEG. */
function photo(): Buffer {
  const width = 64;
  const height = 48;
  const data = Buffer.alloc(width * height * 4, 0xa0);
  return Buffer.from(jpeg.encode({ data, width, height }, 80).data);
}

async function addPhoto(page: Page): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('add-photo').click();
  await (await chooser).setFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: photo() });
  await page.getByTestId('letter-photos').locator('img').first().waitFor();
}

const storedLetters = () => t.cloud.db.find('mailbox_letters') as unknown as LetterDoc[];

describe('书记信箱 on the H5 build', () => {
  const TEXT = '父亲突发重病住院，家里实在困难，想请组织帮忙协调一段时间的陪护假。';
  const REPLY = '已和车间商量好，下周起给你安排两周陪护假，有困难随时找支部。';

  it('carries an anonymous letter with a photo to the secretary and the answer back through the ticket', async () => {
    const member = await openAs(browser, t.url, ID.member, '/packages/mailbox/write/index');
    await member.getByTestId('letter-text').locator('textarea').fill(TEXT);
    // The suggestion follows the words once the writer pauses.
    await member.getByTestId('category-困难求助').filter({ hasText: '推荐' }).waitFor();
    await member.getByTestId('letter-anonymous').locator('input').click();
    await member.getByTestId('privacy-note').getByText('访问日志', { exact: false }).waitFor();
    await addPhoto(member);
    await member.getByTestId('letter-send').click();

    const shown = await member.getByTestId('ticket').textContent();
    const ticket = (shown ?? '').replace(/\s/g, '');
    expect(ticket).toMatch(/^\d{20}$/);
    // 完成 stays held back until the writer ticks that the ticket is saved.
    expect(await member.getByTestId('ticket-done').getAttribute('class')).toContain('disabled');
    const { origins } = await member.context().storageState();
    const kept = origins
      .flatMap((o) => o.localStorage)
      .find((entry) => entry.name === 'mailbox-tickets')?.value;
    expect(kept).toContain(ticket);
    await member.getByTestId('ticket-saved').click();
    await member.getByTestId('ticket-done').click();
    await member.getByText('还没有答复').waitFor();
    expect(member.url()).not.toContain(ticket);

    const letter = storedLetters().find((l) => l.text === TEXT)!;
    expect(letter).toMatchObject({ anonymous: true, writerId: null, category: '困难求助' });
    expect(letter.photos).toHaveLength(1);

    const secretary = await openAs(browser, t.url, ID.secretary, '/pages/branch/index');
    await secretary.getByTestId('mailbox-unread').waitFor();
    await secretary.getByTestId('open-mailbox-inbox').click();
    const row = secretary.getByTestId('inbox-letter').filter({ hasText: TEXT.slice(0, 10) });
    await row.waitFor();
    expect(await row.getByTestId('letter-status').textContent()).toBe('未读');
    expect(await row.textContent()).toContain('困难求助');
    expect(await row.textContent()).toContain('匿名');
    await row.click();
    await secretary.getByTestId('letter-thread').locator('img').first().waitFor();
    expect(
      await secretary.getByTestId('letter-thread').getByTestId('letter-status').textContent(),
    ).toBe('已读');
    await secretary.getByTestId('reply-text').locator('textarea').fill(REPLY);
    await addPhoto(secretary);
    await secretary.getByTestId('reply-send').click();
    await secretary.getByTestId('letter-reply').filter({ hasText: REPLY }).waitFor();
    expect(
      await secretary.getByTestId('letter-thread').getByTestId('letter-status').textContent(),
    ).toBe('已答复');

    await member.goto(`${t.url}/packages/mailbox/mine/index`);
    await member.getByTestId('kept-ticket').first().locator('text=匿名信').click();
    await member.getByTestId('letter-reply').filter({ hasText: REPLY }).locator('img').waitFor();
    await member.getByTestId('rate-满意').click();
    await member.getByTestId('rate-满意').waitFor({ state: 'detached' });
    expect(ok(await t.call(ID.member, 'mailbox', 'byTicket', { ticket })).rating).toBe('满意');
    await member.close();
    await secretary.close();
  });

  it('keeps the words of an unsent letter when the writer leaves the page and comes back', async () => {
    const DRAFT = '建议支部把学习资料提前发到群里，方便大家先看。';
    const member = await openAs(browser, t.url, ID.member2, '/packages/mailbox/write/index');
    await member.getByTestId('letter-text').locator('textarea').fill(DRAFT);
    await member.getByTestId('to-上级党委书记').click();
    await member.getByText(`${DRAFT.length}/2000`).waitFor();
    await member.goto(`${t.url}/pages/branch/index`);
    await member.getByTestId('open-write-letter').click();
    const text = member.getByTestId('letter-text').locator('textarea');
    await text.waitFor();
    expect(await text.inputValue()).toBe(DRAFT);
    expect(await member.getByTestId('to-上级党委书记').getAttribute('class')).toContain('active');
    await member.close();
  });

  it('lets the secretary name a deputy, who then finds 书记信箱 on the 支部 tab', async () => {
    const secretary = await openAs(browser, t.url, ID.secretary, '/pages/branch/index');
    await secretary.getByTestId('open-mailbox-delegates').click();
    const me = ok(await t.call(ID.member, 'member', 'me', {}));
    if (!me.bound) throw new Error('demo-member 未绑定');
    await secretary.getByTestId('delegate-search').locator('input').fill(me.member.name);
    await secretary.getByTestId('delegates-editor').locator('.nut-button').click();
    await secretary
      .getByTestId('delegate-candidate')
      .filter({ hasText: me.member.name })
      .getByText('指定')
      .click();
    await secretary.getByTestId('delegate').filter({ hasText: me.member.name }).waitFor();

    const deputy = await openAs(browser, t.url, ID.member, '/pages/branch/index');
    await deputy.getByTestId('open-mailbox-inbox').click();
    await deputy.getByTestId('inbox-letter').first().waitFor();
    await secretary
      .getByTestId('delegate')
      .filter({ hasText: me.member.name })
      .getByText('移除')
      .click();
    await secretary.getByText('还没有指定代阅人').waitFor();
    expect(ok(await t.call(ID.secretary, 'mailbox', 'delegates', {})).members).toEqual([]);
    await secretary.close();
    await deputy.close();
  });

  it('lets the 党委 admin set the answer time and a phrase, and follow a branch’s figures', async () => {
    const admin = await openAs(browser, t.url, ID.admin, '/pages/branch/index');
    await admin.getByTestId('open-mailbox-settings').click();
    const days = admin.getByTestId('settings-reply-days').locator('input');
    await days.fill('0');
    await admin.getByTestId('settings-save').click();
    await admin.getByText('答复期限须在 1–60 天之间').waitFor();
    await days.fill('10');
    await admin.getByTestId('rule-其他-add').click();
    const added = admin.locator('[data-testid^="rule-其他-"][data-testid$="-phrase"]').last();
    await added.locator('input').fill('食堂');
    await admin.getByTestId('settings-save').click();
    await admin.getByText('已保存').waitFor();
    const saved = ok(await t.call(ID.admin, 'mailbox', 'settings', {}));
    expect(saved.replyDays).toBe(10);
    expect(saved.rules.find((r) => r.category === '其他')?.phrases).toContainEqual({
      phrase: '食堂',
      weight: 1,
    });

    await admin.goto(`${t.url}/packages/mailbox/stats/index`);
    const figures = admin.getByTestId('mailbox-stats');
    await figures.getByText('华北能源集团有限公司党委').waitFor();
    await admin.getByTestId('stats-org-机关党总支').click();
    await admin.getByTestId('stats-org-综合办公室党支部').click();
    await figures.getByText('综合办公室党支部').waitFor();
    const office = ok(await t.call(ID.admin, 'mailbox', 'stats', { orgId: 'org-b-office' }));
    expect(await figures.locator('.mailbox-figures__value').first().textContent()).toBe(
      String(office.total),
    );
    await admin.getByTestId('stats-org-‹ 返回上级').click();
    await figures.getByText('机关党总支').waitFor();
    await admin.close();
  });

  it('takes a 随手拍 report to the secretary, as 综合办公室党支部 has no 纪检委员', async () => {
    const office = t.cloud.db.find('organisations', { _id: 'org-b-office' })[0] as {
      committee: { title: string }[];
    };
    expect(office.committee.map((s) => s.title)).not.toContain('纪检委员');

    const member = await openAs(browser, t.url, ID.member, '/packages/mailbox/snap/index');
    await addPhoto(member);
    await member
      .getByTestId('snap-text')
      .locator('textarea')
      .fill('楼梯扶手松了，老同志上下楼不安全');
    await member.getByTestId('snap-place').locator('input').fill('办公楼二号楼梯');
    await member.getByTestId('snap-send').click();
    await member.getByTestId('letter-thread').waitFor();

    const secretary = await openAs(browser, t.url, ID.secretary, '/packages/mailbox/inbox/index');
    const row = secretary.getByTestId('inbox-letter').filter({ hasText: '楼梯扶手松了' });
    await row.waitFor();
    expect(await row.textContent()).toContain('随手拍');
    await row.click();
    await secretary.getByText('地点：办公楼二号楼梯').waitFor();
    const stored = storedLetters().find((l) => l.kind === 'snap' && l.place === '办公楼二号楼梯');
    expect(stored).toMatchObject({ route: 'managers', box: 'org-b-office:managers' });
    await member.close();
    await secretary.close();
  });
});
