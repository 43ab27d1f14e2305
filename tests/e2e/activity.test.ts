import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import dayjs from 'dayjs';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';

let t: TestCloud;
let browser: Browser;

// The plan form offers the browser's today at 14:30–16:00 China time; the cloud stands inside it.
const TODAY = dayjs().format('YYYY-MM-DD');
const PHOTO = join(__dirname, '..', '..', 'seed', 'assets', 'activity-photo.jpg');
const THEME_DAY_WARNING = '本月未开展主题党日';

beforeAll(async () => {
  ({ t, browser } = await startJourney({ at: `${TODAY}T14:00:00+08:00` }));
});
afterAll(() => endJourney({ t, browser }));

const warnings = (page: Page) => page.getByTestId('activity-warnings');

/** What a phone's camera reads from the QR code on the screen. */
async function scan(qr: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await qr.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

describe('a 主题党日 planned, signed in, recorded and confirmed on the H5 build', () => {
  let activityId: string;

  it('lets the secretary plan it from the 支部 tab, where the month’s warning shows', async () => {
    const secretary = await openAs(browser, t.url, ID.secretary, '/pages/branch/index');
    await warnings(secretary).getByText(THEME_DAY_WARNING).waitFor();
    await secretary.getByTestId('activity-plan-link').click();
    await secretary.getByTestId('field-topic').locator('input').fill('重温入党誓词');
    await secretary.getByTestId('field-place').locator('input').fill('三楼党员活动室');
    await secretary.getByTestId('plan-submit').click();
    await secretary.getByTestId('activity-detail').getByText('主题党日：重温入党誓词').waitFor();
    activityId = decodeURIComponent(/[?&]id=([^&#]+)/.exec(secretary.url())![1]);
    await secretary.close();
  });

  it('shows the plan on the member’s 支部 tab and sends them a notice that leads to it', async () => {
    const branch = await openAs(browser, t.url, ID.member, '/pages/branch/index');
    const row = branch.getByTestId('activity-row').filter({ hasText: '重温入党誓词' });
    await row.waitFor();
    await branch.close();

    const member = await openAs(browser, t.url, ID.member, '/packages/notice/inbox/index');
    await member.getByText('主题党日：重温入党誓词').click();
    await member.getByTestId('notice').getByText('地点：三楼党员活动室', { exact: false }).waitFor();
    await member.getByTestId('notice-link').click();
    await member.getByTestId('activity-detail').getByText('主题党日：重温入党誓词').waitFor();
    expect(decodeURIComponent(member.url())).toContain(activityId);
    await member.close();
  });

  it('lets the member sign in with the code the host shows', async () => {
    t.cloud.clock.set(`${TODAY}T14:40:00+08:00`);
    const host = await openAs(
      browser,
      t.url,
      ID.secretary,
      `/packages/activity/sign-in/index?id=${encodeURIComponent(activityId)}`,
    );
    const code = (await host.getByTestId('sign-in-code').textContent())!.trim();
    expect(code).toMatch(/^\d{6}$/);
    expect(await scan(host.getByTestId('sign-in-qr'))).toBe(`djsignin:${activityId}:${code}`);

    // Thirty seconds on, the screen shows the next code, and the QR code carries it.
    t.cloud.clock.set(`${TODAY}T14:40:30+08:00`);
    await host.getByTestId('sign-in-code').filter({ hasNotText: code }).waitFor();
    const next = (await host.getByTestId('sign-in-code').textContent())!.trim();
    expect(next).not.toBe(code);
    expect(await scan(host.getByTestId('sign-in-qr'))).toBe(`djsignin:${activityId}:${next}`);
    await host.close();

    const member = await openAs(
      browser,
      t.url,
      ID.member,
      `/packages/activity/detail/index?id=${encodeURIComponent(activityId)}`,
    );
    await member.getByTestId('field-code').locator('input').fill(next);
    await member.getByTestId('sign-in-submit').click();
    await member.getByTestId('attendance').getByText('已签到').waitFor();
    await member.close();
  });

  it('lets the secretary record minutes with a photo and confirm them', async () => {
    const secretary = await openAs(
      browser,
      t.url,
      ID.secretary,
      `/packages/activity/record/index?id=${encodeURIComponent(activityId)}`,
    );
    await secretary
      .getByTestId('record-content')
      .locator('textarea')
      .fill('书记领誓，全体党员重温入党誓词并交流体会。');
    await secretary.getByTestId('record-save').click();
    await secretary.getByTestId('record-confirm').waitFor();
    const chooser = secretary.waitForEvent('filechooser');
    await secretary.getByTestId('media-add').click();
    await (await chooser).setFiles(PHOTO);
    await secretary.getByText('照片和视频（1）').waitFor();
    await secretary.getByTestId('record-confirm').click();
    await secretary.getByText(/确认锁定/).waitFor();
    await secretary.close();
  });

  it('shows it held on the 支部 tab, the 主题党日 warning gone', async () => {
    const secretary = await openAs(browser, t.url, ID.secretary, '/pages/branch/index');
    const row = secretary.getByTestId('activity-row').filter({ hasText: '重温入党誓词' });
    await row.getByText('已完成').waitFor();
    await warnings(secretary).waitFor();
    expect(await warnings(secretary).getByText(THEME_DAY_WARNING).count()).toBe(0);
    await secretary.close();
  });

  it('shows it in the admin’s matrix', async () => {
    const month = Number(TODAY.slice(5, 7));
    const admin = await openAs(
      browser,
      t.url,
      ID.admin,
      '/packages/activity/matrix/index?orgId=org-root',
    );
    const cell = admin.getByTestId(`matrix-org-b-office-${month}`);
    await cell.click();
    await admin.getByText(`综合办公室党支部 ${TODAY.slice(0, 4)}年${month}月`).waitFor();
    expect(await admin.getByText(THEME_DAY_WARNING).count()).toBe(0);
    await admin.close();
  });
});
