import type { Browser, Locator } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';
import { schoolProbe } from '../support/school';

/** The 错题本 on the H5 build (docs/domain.md §7.9): a wrong daily answer, practised out of the book. */
let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney({ at: '2026-12-07T10:00:00+08:00' })));
afterAll(() => endJourney({ t, browser }));

interface Question {
  answer: string[];
  type: string;
  options: { key: string; text: string }[];
}

/** Taps the options with these keys, each matched whole (`B. 一次`, or `正确` for true/false). */
async function choose(card: Locator, q: Question, keys: string[]) {
  for (const o of q.options.filter((x) => keys.includes(x.key))) {
    const label = q.type === 'judge' ? o.text : `${o.key}. ${o.text}`;
    const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
    await card.locator('.school-option').filter({ hasText: exact }).click();
  }
}

describe('the wrong-answer book, end to end', () => {
  jest.setTimeout(120_000);

  it('a wrong daily answer lands in the 错题本 and leaves it after two right practice answers', async () => {
    const probe = schoolProbe(t);
    const page = await openAs(browser, t.url, ID.member, '/pages/school/index');
    await page.getByText('每日一练', { exact: true }).click();
    const card = page.getByTestId('school-question').first();
    const stem = (await card.locator('.school-card__title').textContent())!.trim();
    const { data } = (await probe.db
      .collection('school_questions')
      .where({ stem })
      .get()) as unknown as { data: Question[] };
    const q = data[0];
    const wrong = q.options.find((o) => !q.answer.includes(o.key))!.key;
    await choose(card, q, [wrong]);
    await page.locator('.school-actions .nut-button', { hasText: '确定' }).first().click();
    await page
      .getByText(/回答错误，正确答案/)
      .first()
      .waitFor();

    await page.goto(`${t.url}/pages/school/index`);
    await page.getByText('错题本', { exact: true }).click();
    const item = page.getByTestId('school-wrong-item').filter({ hasText: stem });
    await item.getByText('答错 1 次 · 已连续答对 0 / 2 次').waitFor();
    await choose(item, q, q.answer);
    await item.locator('.nut-button', { hasText: '确定' }).click();
    await item.getByText('已连续答对 1 / 2 次', { exact: false }).waitFor();
    await item.locator('.nut-button', { hasText: '再练一次' }).click();
    await choose(item, q, q.answer);
    await item.locator('.nut-button', { hasText: '确定' }).click();
    await item.getByText(/已移出错题本/).waitFor();

    await page.reload();
    await page.getByText('错题本是空的：答错的题目会收在这里').waitFor();
  });
});
