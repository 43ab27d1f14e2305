import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';

/** Authoring a course on the H5 build (docs/domain.md §7.11): from the 微党校 tab to members. */
let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney({ at: '2026-12-06T10:00:00+08:00' })));
afterAll(() => endJourney({ t, browser }));

const VIDEO = readFileSync(join(__dirname, '../../seed/assets/lesson-video.mp4'));
const TITLE = '党史学习教育专题';

describe('a course written by an admin, end to end', () => {
  jest.setTimeout(180_000);

  it('the admin writes an article and uploads a video, sees the upload finish, and publishes', async () => {
    const admin = await openAs(browser, t.url, ID.admin, '/pages/school/index');
    await admin.getByTestId('school-manage').click();
    await admin.getByTestId('manage-new-course').click();
    await admin.getByTestId('field-course-title').locator('input').fill(TITLE);
    await admin.getByTestId('course-save').click();
    await admin.getByTestId('course-status').getByText('课时 · 草稿').waitFor();

    const lessons = admin.getByTestId('course-lesson');
    await admin.getByTestId('lesson-kind-图文').click();
    await admin.getByTestId('field-lesson-title').locator('input').fill('原文学习');
    await admin
      .getByTestId('field-lesson-body')
      .locator('textarea')
      .fill('学习党史，明理、增信、崇德、力行。\n学史为了更好地前进。');
    await admin.getByTestId('lesson-save').click();
    await lessons.getByText('1. [图文] 原文学习').waitFor();

    // Edited: the form comes back with its text, saves over it, and is a new lesson's again.
    await lessons.first().getByTestId('lesson-edit').click();
    const body = admin.getByTestId('field-lesson-body').locator('textarea');
    expect(await body.inputValue()).toBe(
      '学习党史，明理、增信、崇德、力行。\n学史为了更好地前进。',
    );
    await admin.getByTestId('field-lesson-title').locator('input').fill('原文学习（修订）');
    await admin.getByTestId('lesson-save').click();
    await lessons.getByText('1. [图文] 原文学习（修订）').waitFor();
    await admin.getByTestId('lesson-form').getByText('添加课时').first().waitFor();
    expect(await lessons.count()).toBe(1);

    await admin.getByTestId('lesson-kind-视频').click();
    await admin.getByTestId('field-lesson-title').locator('input').fill('专题辅导视频');
    const chooser = admin.waitForEvent('filechooser');
    await admin.getByTestId('lesson-file').click();
    await (await chooser).setFiles({ name: 'lesson.mp4', mimeType: 'video/mp4', buffer: VIDEO });
    await admin.getByTestId('school-upload-progress').getByText('上传完成').waitFor();
    await admin.getByText('时长 1:00').waitFor();
    await admin.getByTestId('lesson-save').click();
    await lessons.getByText('2. [视频] 专题辅导视频').waitFor();

    await admin.getByTestId('course-publish').click();
    await admin.getByTestId('course-status').getByText('课时 · 已发布').waitFor();
  });

  it('the demo member sees it on the 微党校 tab and opens its video', async () => {
    const member = await openAs(browser, t.url, ID.member, '/pages/school/index');
    await member.getByTestId('school-courses').getByText(TITLE).click();
    await member.getByText('专题辅导视频').waitFor();
    await member.getByText('原文学习（修订）').waitFor();
  });
});
