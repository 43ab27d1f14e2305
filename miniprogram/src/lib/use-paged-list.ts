import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro';
import type { Page } from '../../../typings/functions/common';
import { CloudError, networkError } from './cloud-error';

export interface PagedList<T> {
  items: T[];
  /** The first page is loading (or reloading after an error). */
  loading: boolean;
  /** A further page is loading. */
  loadingMore: boolean;
  error: CloudError | undefined;
  hasMore: boolean;
  loadMore: () => void;
  reload: () => void;
}

/**
 * A cursor-paginated list for a page: the first page on mount and whenever `key` changes,
 * the next one when the page is scrolled to the bottom, a fresh start on pull-down. Replies
 * to a superseded request are dropped.
 */
export function usePagedList<T>(
  key: string,
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): PagedList<T> {
  const [items, setItems] = useState<T[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<CloudError>();
  const generation = useRef(0);
  const busy = useRef(false);
  // The page fires reach-bottom once per arrival at the bottom: one that comes while a page is
  // loading is remembered and served when that page arrives, or the list would stall.
  const wanted = useRef(false);
  const next = useRef<string | null>(null);
  const fetchRef = useRef(fetchPage);
  fetchRef.current = fetchPage;

  const load = useCallback((after: string | undefined) => {
    const id = ++generation.current;
    busy.current = true;
    if (after) setLoadingMore(true);
    else setLoading(true);
    setError(undefined);
    return fetchRef
      .current(after)
      .then(
        (page) => {
          if (id !== generation.current) return;
          setItems((prev) => (after ? [...prev, ...page.items] : page.items));
          next.current = page.nextCursor;
          setCursor(page.nextCursor);
        },
        (err: unknown) => {
          if (id !== generation.current) return;
          setError(err instanceof CloudError ? err : networkError());
        },
      )
      .finally(() => {
        if (id !== generation.current) return;
        busy.current = false;
        setLoading(false);
        setLoadingMore(false);
        if (wanted.current && next.current) {
          wanted.current = false;
          void load(next.current);
        }
      });
  }, []);

  useEffect(() => {
    setItems([]);
    setCursor(null);
    next.current = null;
    wanted.current = false;
    void load(undefined);
  }, [key, load]);

  const reload = useCallback(() => void load(undefined), [load]);
  const loadMore = useCallback(() => {
    if (busy.current) wanted.current = true;
    else if (next.current) void load(next.current);
  }, [load]);

  usePullDownRefresh(() => {
    void load(undefined).finally(() => Taro.stopPullDownRefresh());
  });
  useReachBottom(loadMore);

  return { items, loading, loadingMore, error, hasMore: cursor !== null, loadMore, reload };
}
