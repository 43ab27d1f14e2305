import { useState } from 'react';
import { View } from '@tarojs/components';
import { PagedListView } from '../../../components/PagedListView';
import { usePagedList } from '../../../lib/use-paged-list';
import { newsApi, useColumns } from '../api';
import { ColumnTabs } from './ColumnTabs';
import { FeedItem } from './FeedItem';

/**
 * The feed under its column tabs: pinned first, then newest, page by page. Until the columns
 * arrive (or if they fail) only 全部 is offered.
 */
export function NewsFeed() {
  const columns = useColumns();
  const [column, setColumn] = useState<string>();
  const list = usePagedList(column ?? '', (cursor) => newsApi.list(column, cursor));
  return (
    <View>
      <ColumnTabs columns={columns.data?.items ?? []} active={column} onChange={setColumn} />
      <PagedListView list={list} empty="暂无党建新鲜事" testId="news-feed">
        {(article) => <FeedItem key={article._id} article={article} />}
      </PagedListView>
    </View>
  );
}
