import type { Browser, Page } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';
import { schoolProbe } from '../support/school';

/**
 * The micro party school on the H5 build. Study time is compressed, never waited for: the page's
 * timers run on Playwright's clock and the local cloud's clock moves with them, so each 15 s
 * heartbeat the player sends is 15 s on the server too (docs/domain.md §7.6).
 */
const NOW = '2026-12-07T10:00:00+08:00';
const BEAT_MS = 15_000;

let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney({ at: NOW })));
afterAll(() => endJourney({ t, browser }));

/**
 * Playback as the player sees it: the media element reports `seconds` as its place, then fires
 * the event. The place is set on the element, not sought: the test compresses time, the media
 * does not really play for a minute.
 */
async function playTo(page: Page, seconds: number, event: 'play' | 'timeupdate' = 'timeupdate') {
  await page.locator('video').evaluate(
    (element, [at, name]) => {
      Object.defineProperty(element, 'currentTime', { configurable: true, get: () => at });
      element.dispatchEvent(new Event(name as string));
    },
    [seconds, event] as const,
  );
}

/** The right option texts of a question, read from the bank as only the server can. */
async function rightTexts(probe: ReturnType<typeof schoolProbe>, stem: string) {
  const { data } = (await probe.db
    .collection('school_questions')
    .where({ stem })
    .get()) as unknown as {
    data: { answer: string[]; options: { key: string; text: string }[]; type: string }[];
  };
  const q = data[0];
  return q.options.filter((o) => q.answer.includes(o.key)).map((o) => o.text);
}

describe('the micro party school, end to end', () => {
  jest.setTimeout(120_000);

  it('a member studies the assigned course, writes a note and passes the exam; the secretary sees it; points show', async () => {
    const probe = schoolProbe(t);
    const memberId = await t.memberId(ID.member);

    // The tab: the course assigned to the branch comes first, with its deadline.
    const page = await openAs(browser, t.url, ID.member, '/pages/school/index');
    await page.clock.install({ time: new Date(NOW) });
    const assigned = page.getByTestId('school-course').first();
    await assigned.getByText('学习贯彻党的二十届四中全会精神').waitFor();
    await assigned.getByText('必学 · 2026-12-31 前完成').waitFor();
    await assigned.click();
    await page.getByTestId('school-lesson').first().click();

    // The video lesson: playing reports every 15 s while the page shows.
    const player = page.getByTestId('school-player');
    await player.waitFor();
    await page.locator('video').waitFor({ state: 'attached' });
    await playTo(page, 0, 'play');
    const progress = page.getByTestId('school-progress');
    for (let at = 15; at <= 60; at += 15) {
      t.cloud.clock.advance(BEAT_MS);
      await playTo(page, at);
      await page.clock.runFor(BEAT_MS);
      if (at < 60)
        await progress
          .getByText(`已学 0:${String(at - 1).padStart(2, '0')}`)
          .or(progress.getByText(`已学 0:${String(at).padStart(2, '0')}`))
          .waitFor();
    }
    await progress.getByText('已完成本课时').waitFor();

    // A note on the lesson, kept to the member.
    const note = page.getByTestId('school-note');
    await note.locator('textarea').fill('全会精神要联系岗位实际学，结合安全生产落到实处。');
    await page.getByTestId('school-note-save').dispatchEvent('click');
    await note.getByText('已保存，仅自己可见').waitFor();
    const year = await probe.year(memberId);
    expect(year!.onlineSeconds).toBeCloseTo(60, 0);
    expect(year!.lessonsCompleted).toBe(1);

    await page.goto(`${t.url}/packages/school/notes/index`);
    await page
      .getByTestId('school-note-item')
      .getByText('全会精神要联系岗位实际学，结合安全生产落到实处。')
      .waitFor();

    // The exam of the branch, answered right and passed.
    await page.goto(`${t.url}/packages/school/exams/index`);
    await page.getByTestId('school-exam').first().click();
    await page
      .getByTestId('school-countdown')
      .getByText(/剩余 (30|29):\d\d/)
      .waitFor();
    const questions = page.getByTestId('school-question');
    await questions.first().waitFor();
    const count = await questions.count();
    for (let i = 0; i < count; i++) {
      const card = questions.nth(i);
      const stem = (await card.locator('.school-card__title').textContent())!.trim();
      for (const text of await rightTexts(probe, stem)) {
        // The whole option, `B. 一次` or `正确`: `一次` alone would also match `每月一次`.
        const exact = new RegExp(`^([A-F]\\. )?${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
        await card.locator('.school-option').filter({ hasText: exact }).click();
      }
    }
    // The page's clock is Playwright's, animation frames included: the tap is dispatched, not waited into place.
    await page.locator('.school-actions .nut-button').dispatchEvent('click');
    await page.getByTestId('school-result').getByText('100 分 · 合格').waitFor();
    // The paper can be looked at again from the exam list, its explanations with it.
    await page.goto(`${t.url}/packages/school/exams/index`);
    await page.getByTestId('school-exam').first().getByText('最好成绩 100 分（合格）').waitFor();
    await page.getByTestId('school-exam-review').first().click();
    await page.getByTestId('school-result').getByText('100 分 · 合格').waitFor();
    await page.getByTestId('school-result').getByText('回答正确').first().waitFor();

    // The secretary sees the member's completed lesson and records their offline 学时.
    const secretary = await openAs(
      browser,
      t.url,
      ID.secretary,
      '/packages/school/branch-hours/index?orgId=org-b-office',
    );
    await secretary.clock.install({ time: new Date(NOW) });
    const name = (await probe.get<{ name: string }>('members', memberId))!.name;
    const row = secretary.getByTestId('school-branch-row').filter({ hasText: name });
    await row.getByText('完成课时 1').waitFor();
    await row.click();
    const form = secretary.getByTestId('school-offline-form');
    await form.getByTestId('field-title').locator('input').fill('支部集中培训');
    await form.getByTestId('field-hours').locator('input').fill('4');
    await secretary.getByTestId('school-offline-submit').click();
    await row.getByText(`${name} · 4 / 32 学时`).waitFor();

    // 我的积分: the finished lesson, the passed exam and the 学时 each earned once.
    await page.goto(`${t.url}/packages/points/mine/index`);
    for (const entry of [
      `complete_lesson:${memberId}:course-plenum-l1`,
      `pass_exam:${memberId}:exam-office`,
    ]) {
      await page.getByTestId(`ledger-${entry}`).waitFor();
    }
    await page.getByText('学时认定').first().waitFor();
  });
});
