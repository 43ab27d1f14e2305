import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';

/**
 * A form's words kept on the device while they are written, so leaving the page loses nothing;
 * cleared once the letter is sent. Photos are not kept: their uploads live only until sent.
 */
export function useDraft<T extends object>(key: string, initial: T) {
  const [draft, setDraft] = useState<T>(() => {
    const stored: unknown = Taro.getStorageSync(key);
    return stored && typeof stored === 'object'
      ? { ...initial, ...(stored as Partial<T>) }
      : initial;
  });
  useEffect(() => {
    Taro.setStorageSync(key, draft);
  }, [key, draft]);
  const update = (patch: Partial<T>) => setDraft((prev) => ({ ...prev, ...patch }));
  const clear = () => {
    Taro.removeStorageSync(key);
    setDraft(initial);
  };
  return { draft, update, clear };
}
