import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startTestCloud, type TestCloud } from './local-cloud';

/** Debian's Chromium (CI installs it with apt); never a downloaded browser. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`找不到 Chromium：${CHROMIUM}（apt-get install -y chromium）`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };

/** A page of the H5 app, phone-sized unless told, acting as a demo identity (the local cloud's x-openid). */
export async function openAs(
  browser: Browser,
  origin: string,
  openid: string,
  path: string,
  viewport: { width: number; height: number } = PHONE,
): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN' });
  await context.addInitScript({
    content: `localStorage.setItem('demo-identity', ${JSON.stringify(openid)})`,
  });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  return page;
}

/** Saves what the page shows as `.cache/screenshots/<name>.png` (git-ignored); answers the path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  const dir = resolve(__dirname, '..', '..', '.cache', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** A journey's world: a local cloud serving the H5 build (its clock at `at`, if given), and Chromium. */
export async function startJourney(
  options: { at?: string } = {},
): Promise<{ t: TestCloud; browser: Browser }> {
  const t = await startTestCloud({ h5: true, at: options.at });
  try {
    return { t, browser: await launchBrowser() };
  } catch (err) {
    // The caller never gets `t` to close: left open, the cloud would keep jest from exiting.
    await t.close();
    throw err;
  }
}

export async function endJourney({ t, browser }: { t?: TestCloud; browser?: Browser }) {
  await browser?.close();
  await t?.close();
}
