import { useEffect, useRef } from 'react';
import { useDidHide, useDidShow, useUnload } from '@tarojs/taro';
import { newsApi } from './api';

/** How often the page reports; the server caps each report at 120 s and the total at its limit. */
const BEAT_MS = 15_000;

/**
 * Reports reading time while the article page is visible: every 15 s, and the remainder when the
 * page is hidden or closed. Time spent hidden is never reported.
 */
export function useReadingHeartbeat(articleId: string, enabled: boolean) {
  const timer = useRef<ReturnType<typeof setInterval>>();
  const since = useRef(0);

  const report = () => {
    const seconds = Math.min(120, Math.floor((Date.now() - since.current) / 1000));
    since.current = Date.now();
    if (seconds >= 1) newsApi.heartbeat(articleId, seconds).catch(() => undefined);
  };
  const stop = () => {
    if (!timer.current) return;
    clearInterval(timer.current);
    timer.current = undefined;
    report();
  };
  const start = () => {
    if (!enabled || timer.current) return;
    since.current = Date.now();
    timer.current = setInterval(report, BEAT_MS);
  };
  // The latest closures for the lifecycle hooks, which keep the first ones they were given.
  const controls = useRef({ start, stop });
  controls.current = { start, stop };

  useEffect(() => {
    controls.current.start();
    return () => controls.current.stop();
  }, [articleId, enabled]);
  useDidShow(() => controls.current.start());
  useDidHide(() => controls.current.stop());
  useUnload(() => controls.current.stop());
}
