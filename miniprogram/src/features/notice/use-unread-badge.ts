import { useCallback, useEffect, useRef, useState } from 'react';
import { useBranchBadge } from '../../lib/branch-badge';
import { useShownAgain } from '../../lib/use-shown-again';
import { noticeApi } from './api';

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
      if (id === latest.current) setUnread(inbox.unread);
    }, ignore);
  }, []);
  useEffect(() => {
    refresh();
    const calls = latest;
    return () => {
      calls.current++;
    };
  }, [refresh]);
  useShownAgain(refresh);
  useBranchBadge('notices', unread);
  return unread;
}
