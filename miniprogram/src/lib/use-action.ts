import { useState } from 'react';
import Taro from '@tarojs/taro';
import { CloudError, networkError } from './cloud-error';

/**
 * For buttons that act at once (置顶, 撤回, 提醒未读): `sending` while `work` runs, so the
 * buttons can hold back, and the server's message as a toast when it fails. `work` shows its
 * own success.
 */
export function useAction(): {
  sending: boolean;
  run: (work: () => Promise<void>) => Promise<void>;
} {
  const [sending, setSending] = useState(false);
  const run = async (work: () => Promise<void>) => {
    setSending(true);
    try {
      await work();
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      await Taro.showToast({ title: error.message, icon: 'none' });
    } finally {
      setSending(false);
    }
  };
  return { sending, run };
}
