import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { PagedList } from '../lib/use-paged-list';
import { Empty } from './Empty';
import { ErrorState } from './ErrorState';
import { Loading } from './Loading';
import './state.scss';

/**
 * A paged list's states in one place: loading, error with 重试, empty, then the rows and a
 * footer that says whether more is coming. A failed further page keeps the rows and retries
 * that page only.
 */
export function PagedListView<T>({
  list,
  empty,
  testId,
  children,
}: {
  list: PagedList<T>;
  empty: string;
  testId: string;
  children: (item: T) => ReactNode;
}) {
  if (list.error && !list.items.length)
    return <ErrorState error={list.error} onRetry={list.reload} />;
  if (list.loading && !list.items.length) return <Loading />;
  if (!list.items.length) return <Empty message={empty} />;
  return (
    <View data-testid={testId}>
      {list.items.map(children)}
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.loadMore} />
      ) : (
        <View className="state__footer">
          <Text>{list.loadingMore ? '加载中…' : list.hasMore ? '上拉加载更多' : '没有更多了'}</Text>
        </View>
      )}
    </View>
  );
}
