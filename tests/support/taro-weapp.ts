// Runs pages of the weapp build (dist/weapp) in miniprogram-simulate. A Taro page registers
// itself with `Page`, which miniprogram-simulate does not have: here `Page` wraps the page's
// config in a `Component` whose lifetimes play the page's onLoad and onShow.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as simulate from 'miniprogram-simulate';

export const WEAPP_ROOT = resolve(__dirname, '../../dist/weapp');

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
            (this.onLoad as Hook).call(this, {});
            (this.onShow as Hook).call(this);
          },
        },
      });
    },
  });

  let currentRoute = '';
  await import(join(WEAPP_ROOT, 'app.js'));
  (app?.onLaunch as Hook | undefined)?.call(app, {});
  (app?.onShow as Hook | undefined)?.call(app, {});

  return function mountPage(route: string) {
    currentRoute = route;
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
