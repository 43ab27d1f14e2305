import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { useShownAgain } from '../../lib/use-shown-again';
import { noticeApi } from './api';

/** The 支部 tab, where the message centre is entered. */
const BRANCH_TAB_INDEX = 2;

// A page opened outside the tab bar has no badge to set or remove.
const ignore = () => undefined;

/**
 * The member's unread notices, shown on the 支部 tab's badge and returned for the entry row;
 * refreshed each time the tab shows. The badge repeats the entry's count, so it goes with the
 * entry (the session it was counted for ended: another identity, an unbound visitor), and a
 * reply that lands after that is dropped.
 */
export function useUnreadBadge(): number {
  const [unread, setUnread] = useState(0);
  const latest = useRef(0);
  const refresh = useCallback(() => {
    const id = ++latest.current;
    noticeApi.inbox(undefined).then((inbox) => {
      if (id !== latest.current) return;
      setUnread(inbox.unread);
      const badge =
        inbox.unread > 0
          ? Taro.setTabBarBadge({
              index: BRANCH_TAB_INDEX,
              text: inbox.unread > 99 ? '99+' : String(inbox.unread),
            })
          : Taro.removeTabBarBadge({ index: BRANCH_TAB_INDEX });
      badge.catch(ignore);
    }, ignore);
  }, []);
  useEffect(() => {
    refresh();
    const calls = latest;
    return () => {
      calls.current++;
      Taro.removeTabBarBadge({ index: BRANCH_TAB_INDEX }).catch(ignore);
    };
  }, [refresh]);
  useShownAgain(refresh);
  return unread;
}
