import { useRef } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';

/**
 * Runs `refresh` when the page is shown again after another page covered it (coming back from
 * a detail, a form or another tab), so what changed there shows. The first show is the
 * mount's: it loads by itself.
 */
export function useShownAgain(refresh: () => void): void {
  const hidden = useRef(false);
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (!hidden.current) return;
    hidden.current = false;
    refresh();
  });
}
