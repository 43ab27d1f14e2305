import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { useShownAgain } from '../../lib/use-shown-again';
import { noticeApi } from './api';

/** The 支部 tab, where the message centre is entered. */
const BRANCH_TAB_INDEX = 2;

/**
 * The member's unread notices, shown on the 支部 tab's badge and returned for the entry row;
 * refreshed each time the tab shows.
 */
export function useUnreadBadge(): number {
  const [unread, setUnread] = useState(0);
  const refresh = useCallback(() => {
    noticeApi.inbox(undefined).then(
      (inbox) => {
        setUnread(inbox.unread);
        const badge =
          inbox.unread > 0
            ? Taro.setTabBarBadge({
                index: BRANCH_TAB_INDEX,
                text: inbox.unread > 99 ? '99+' : String(inbox.unread),
              })
            : Taro.removeTabBarBadge({ index: BRANCH_TAB_INDEX });
        // A page opened outside the tab bar has no badge to set.
        badge.catch(() => undefined);
      },
      () => undefined,
    );
  }, []);
  useEffect(refresh, [refresh]);
  useShownAgain(refresh);
  return unread;
}
