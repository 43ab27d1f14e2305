import type { Browser, Page } from 'playwright-core';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { endJourney, openAs, startJourney } from '../support/browser';
import type { TestCloud } from '../support/local-cloud';

/**
 * Sizes for older members, measured in Chromium at the width the design is drawn for (375 CSS
 * px, WeChat's default font scale): every visible text at least 14 px, the tab bar's labels at
 * least 12 px, and everything one taps at least 44×44 px; and no text cut off by a fixed height
 * when WeChat's font setting makes it larger.
 */
let t: TestCloud;
let browser: Browser;

beforeAll(async () => ({ t, browser } = await startJourney()));
afterAll(() => endJourney({ t, browser }));

/** The width the design is drawn for: 750 design px are 375 CSS px. */
const DESIGN_WIDTH = { width: 375, height: 812 };

const open = (openid: string, path: string) => openAs(browser, t.url, openid, path, DESIGN_WIDTH);

/** The page's globals this measure reads, typed here: the tests' own code has no DOM. */
interface Drawn {
  childNodes: ArrayLike<{ nodeType: number; textContent: string | null }>;
  textContent: string | null;
  className: unknown;
  getBoundingClientRect(): { width: number; height: number };
  closest(selector: string): unknown;
  matches(selector: string): boolean;
  style: { fontSize: string };
  scrollHeight: number;
  clientHeight: number;
}
declare const document: { querySelectorAll(selector: string): ArrayLike<Drawn> };
declare function getComputedStyle(el: Drawn): {
  fontSize: string;
  visibility: string;
  display: string;
};

/**
 * What is too small on the page as it is drawn: texts by the computed size of the element that
 * holds the text, tap targets by the box of the element that holds the click handler (React's
 * props on the node, as the H5 build's React renders them) and of links, buttons and switches.
 */
const measure = (page: Page) =>
  page.evaluate((): string[] => {
    const found = new Set<string>();
    const TEXT_NODE = 3;
    const shown = (el: Drawn) => {
      const box = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      return box.width > 0 && box.height > 0 && style.visibility !== 'hidden';
    };
    const label = (el: Drawn) => (el.textContent ?? '').trim().slice(0, 20);
    const handles = (el: Drawn) => {
      const key = Object.keys(el).find((k) => k.startsWith('__reactProps$'));
      const props = key ? (el as unknown as Record<string, Record<string, unknown>>)[key] : null;
      return !!props && (typeof props.onClick === 'function' || typeof props.onTap === 'function');
    };
    const TAPPABLE =
      'a[href], button, [role="button"], [role="tab"], taro-switch-core, .weui-tabbar__item';
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (!shown(el)) continue;
      const ownText = Array.from(el.childNodes).some(
        (n) => n.nodeType === TEXT_NODE && (n.textContent ?? '').trim() !== '',
      );
      if (ownText) {
        const size = parseFloat(getComputedStyle(el).fontSize);
        const min = el.closest('.weui-tabbar') ? 12 : 14;
        if (size < min - 0.05) found.add(`text ${size}px ${label(el)}`);
      }
      if (el.matches(TAPPABLE) || handles(el)) {
        const box = el.getBoundingClientRect();
        if (box.width < 43.5 || box.height < 43.5) {
          const size = `${Math.round(box.width)}×${Math.round(box.height)}`;
          found.add(`target ${size} ${label(el) || String(el.className)}`);
        }
      }
    }
    return [...found];
  });

/**
 * Blocks whose text no longer fits their height once every text is half as large again, as
 * WeChat's larger font settings make it: a fixed height that would cut text off.
 */
const clippedWhenLarger = (page: Page) =>
  page.evaluate((): string[] => {
    const all = Array.from(document.querySelectorAll('body *'));
    const sizes = all.map((el) => parseFloat(getComputedStyle(el).fontSize));
    all.forEach((el, i) => (el.style.fontSize = `${sizes[i] * 1.5}px`));
    return all
      .filter((el) => {
        const text = Array.from(el.childNodes).some(
          (n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '',
        );
        const block = getComputedStyle(el).display !== 'inline';
        return text && block && el.scrollHeight > el.clientHeight + 1;
      })
      .map((el) => `${String(el.className)} ${(el.textContent ?? '').trim().slice(0, 20)}`);
  });

/** Measures once `ready` (a selector of what the page loads) is shown. */
async function expectReadable(page: Page, ready: string) {
  await page.locator(ready).first().waitFor();
  expect(await measure(page)).toEqual([]);
  await page.context().close();
}

describe('text and tap targets older members can read and hit (H5 at 375 px)', () => {
  jest.setTimeout(60_000);

  it('首页: the feed, its dates, read counts and column tags, and the tab bar', async () => {
    await expectReadable(await open(ID.member, '/pages/home/index'), '.feed-item');
  });

  it('a list page: 消息中心', async () => {
    await expectReadable(await open(ID.member, '/packages/notice/inbox/index'), '.inbox-row');
  });

  it('我的积分: figures, today by rule, the ledger and the ranking switch', async () => {
    await expectReadable(
      await open(ID.member, '/packages/points/mine/index'),
      '[data-testid^="ledger-"]',
    );
  });

  it('积分排行 of the branch', async () => {
    await expectReadable(await open(ID.member, '/packages/points/branch/index'), '.rank-row');
  });

  it.each([
    ['微党校', '/pages/school/index', '.school-card'],
    ['a course and its lessons', '/packages/school/course/index?id=course-plenum', '.school-card'],
    ['the exam list', '/packages/school/exams/index', '[data-testid="school-exam"]'],
    ['an exam paper', '/packages/school/exam/index?id=exam-office', '.school-option'],
    ['每日一练', '/packages/school/daily/index', '.school-option'],
    ['我的学时', '/packages/school/hours/index', '.school-card'],
  ])('the micro party school: %s', async (_page, path, ready) => {
    await expectReadable(await open(ID.member, path), ready);
  });

  it.each([
    ['写信', ID.member, '/packages/mailbox/write/index', '.page'],
    [
      'the secretary’s inbox',
      ID.secretary,
      '/packages/mailbox/inbox/index',
      '[data-testid="inbox-letter"]',
    ],
    ['the 支部 tab', ID.secretary, '/pages/branch/index', '.school-card'],
  ])('letters and the 支部 tab: %s', async (_page, openid, path, ready) => {
    await expectReadable(await open(openid, path), ready);
  });

  it.each([
    ['首页', '/pages/home/index', '.feed-item'],
    ['我的积分', '/packages/points/mine/index', '[data-testid^="ledger-"]'],
    ['消息中心', '/packages/notice/inbox/index', '.inbox-row'],
  ])('%s holds its layout when the text is half as large again', async (_page, path, ready) => {
    const page = await open(ID.member, path);
    await page.locator(ready).first().waitFor();
    expect(await clippedWhenLarger(page)).toEqual([]);
    await page.context().close();
  });

  it('an admin’s view of a member’s points with the correction link', async () => {
    const memberId = await t.memberId(ID.member);
    const page = await open(ID.admin, `/packages/points/member-history/index?memberId=${memberId}`);
    await expectReadable(page, '[data-testid^="reverse-"]');
  });
});
