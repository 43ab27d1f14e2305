import Taro from '@tarojs/taro';

export const HOME_PAGE = '/pages/home/index';
const NOT_FOUND_PAGE = '/packages/app/not-found/index';

/** An address the app does not have (a mistyped or outdated link) opens the not-found page. */
export function openNotFoundPageForUnknownAddresses(): void {
  // WeChat honours the redirect only when it is made inside the callback.
  Taro.onPageNotFound(() => void Taro.redirectTo({ url: NOT_FOUND_PAGE }));
}

const BAR_BUTTONS = [
  ['taro-navigation-bar-back', '返回'],
  ['taro-navigation-bar-home', '回首页'],
] as const;

/**
 * H5 only: the router draws the navigation bar (the page's title, back, or home when the page
 * was opened directly) as bare icons; this names them and lets a keyboard use them.
 */
export function labelNavigationBar(): void {
  const bar = document.getElementById('taro-navigation-bar');
  if (!bar) return;
  bar.setAttribute('role', 'banner');
  for (const [className, label] of BAR_BUTTONS) {
    const button = bar.querySelector<HTMLElement>(`.${className}`);
    if (!button) continue;
    button.setAttribute('role', 'button');
    button.setAttribute('aria-label', label);
    button.tabIndex = 0;
    button.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      button.click();
    });
  }
  bar.querySelector('.taro-navigation-bar-title')?.setAttribute('role', 'heading');
}
