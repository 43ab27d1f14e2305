// Runs pages of the weapp build (dist/weapp) in miniprogram-simulate. A Taro page registers
// itself with `Page`, which miniprogram-simulate does not have: here `Page` wraps the page's
// config in a `Component` whose lifetimes play the page's onLoad and onShow.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as simulate from 'miniprogram-simulate';
import { buildDir } from '../../scripts/build-dir';

export const WEAPP_ROOT = join(buildDir, 'weapp');

type PageConfig = Record<string, unknown> & { data?: object };
type Hook = (this: unknown, ...args: unknown[]) => void;

/**
 * Loads the app once and returns a function that mounts one page of it. Each page mounts once
 * per test file: the build's chunks register their page only the first time they run.
 */
export async function startWeappApp(wxOverrides: Record<string, unknown>) {
  if (!existsSync(join(WEAPP_ROOT, 'app.json'))) {
    throw new Error(`${WEAPP_ROOT} 不存在：先运行 npx taro build --type weapp，再运行组件测试`);
  }
  Object.assign(wx, wxOverrides);

  let app: PageConfig | undefined;
  const pages: unknown[] = [];
  Object.assign(globalThis, {
    App: (config: PageConfig) => {
      app = config;
    },
    getApp: () => app,
    getCurrentPages: () => pages,
    Page: (config: PageConfig) => {
      const route = currentRoute;
      const query = currentQuery;
      const methods = Object.fromEntries(
        Object.entries(config).filter(
          (entry): entry is [string, Hook] => typeof entry[1] === 'function',
        ),
      );
      Component({
        data: config.data ?? {},
        methods,
        lifetimes: {
          attached(this: Record<string, unknown>) {
            this.route = route;
            pages.push(this);
            (this.onLoad as Hook).call(this, query);
            (this.onShow as Hook).call(this);
          },
        },
      });
    },
  });

  let currentRoute = '';
  let currentQuery: Record<string, string> = {};
  await import(join(WEAPP_ROOT, 'app.js'));
  (app?.onLaunch as Hook | undefined)?.call(app, {});
  (app?.onShow as Hook | undefined)?.call(app, {});

  /** `query` is what the page's onLoad receives, as from `navigateTo({url: route?query})`. */
  return function mountPage(route: string, query: Record<string, string> = {}) {
    currentRoute = route;
    currentQuery = query;
    const id = simulate.load(join(WEAPP_ROOT, route), { rootPath: WEAPP_ROOT });
    const page = simulate.render(id);
    page.attach(document.createElement('parent-wrapper'));
    return page;
  };
}

/** Renders are asynchronous (Taro batches setData): wait until the text shows, or fail. */
export async function waitForText(root: Element, text: string, attempts = 100): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (root.textContent?.includes(text)) return;
    await simulate.sleep(10);
  }
  throw new Error(`页面上没有出现「${text}」，实际内容：${root.textContent ?? ''}`);
}

/** Waits until `check` holds (a mock was called, say), or fails naming what never happened. */
export async function waitFor(check: () => boolean, what: string, attempts = 100): Promise<void> {
  for (let i = 0; i < attempts; i++) {
    if (check()) return;
    await simulate.sleep(10);
  }
  throw new Error(`没有等到：${what}`);
}

/**
 * Taps the innermost (last) element showing exactly `text`. The tap bubbles through the page's
 * templates to the element that binds it, as a finger's does.
 */
export function tapText(page: ReturnType<typeof simulate.render>, text: string): void {
  const shown = [...page.dom!.querySelectorAll('[data-sid]')].filter(
    (el) => el.textContent?.trim() === text,
  );
  const sid = shown.pop()?.getAttribute('data-sid');
  const target = sid ? page.querySelector(`#${sid}`) : undefined;
  if (!target) throw new Error(`页面上没有可点的「${text}」`);
  target.dispatchEvent('tap');
}

type WxCallbacks = {
  success?: (res: object) => void;
  fail?: (err: object) => void;
  complete?: (res: object) => void;
};

// Taro promisifies some wx APIs through the callbacks and passes others straight through, so a
// stand-in must answer both ways, as WeChat does.
const wxSettles =
  (ok: boolean, res: object) =>
  (options: WxCallbacks = {}): Promise<object> | undefined => {
    const { success, fail, complete } = options;
    if (!success && !fail && !complete) return ok ? Promise.resolve(res) : Promise.reject(res);
    void Promise.resolve().then(() => {
      (ok ? success : fail)?.(res);
      complete?.(res);
    });
    return undefined;
  };

/** A wx asynchronous API that succeeds with `res`: to the callbacks if given, else as a promise. */
export const wxSucceeds = (res: object) => wxSettles(true, res);

/** A wx asynchronous API that fails with `err`: to the callbacks if given, else as a promise. */
export const wxFails = (err: object) => wxSettles(false, err);
