import { useEffect } from 'react';
import Taro from '@tarojs/taro';

/** The 支部 tab, where the message centre and the mailbox are entered. */
const BRANCH_TAB_INDEX = 2;

/** Each entry's unread count: the badge shows their sum (notices, and letters for their reader). */
const counts = new Map<string, number>();

// A page opened outside the tab bar has no badge to set or remove.
const ignore = () => undefined;

function show(): void {
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const badge =
    total > 0
      ? Taro.setTabBarBadge({ index: BRANCH_TAB_INDEX, text: total > 99 ? '99+' : String(total) })
      : Taro.removeTabBarBadge({ index: BRANCH_TAB_INDEX });
  badge.catch(ignore);
}

/**
 * Puts an entry's unread count on the 支部 tab's badge, added to the other entries'. The count
 * goes with the entry: when it unmounts (another identity, an unbound visitor), its part of the
 * badge goes too.
 */
export function useBranchBadge(source: string, count: number): void {
  useEffect(() => {
    if (count > 0) counts.set(source, count);
    else counts.delete(source);
    show();
  }, [source, count]);
  useEffect(
    () => () => {
      counts.delete(source);
      show();
    },
    [source],
  );
}
