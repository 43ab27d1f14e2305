import { useCallback, useState } from 'react';
import { View } from '@tarojs/components';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { usePagedList } from '../../../lib/use-paged-list';
import { memberApi } from '../api';
import { ListFooter } from './ListFooter';
import { RosterRow } from './RosterRow';
import { RosterSearch } from './RosterSearch';

/** An organisation's roster (its whole subtree), searchable by name, loaded page by page. */
export function RosterList({ orgId }: { orgId: string }) {
  const [q, setQ] = useState('');
  const onSearch = useCallback((text: string) => setQ(text), []);
  const list = usePagedList(`${orgId}\u0001${q}`, (cursor) => memberApi.list(orgId, q, cursor));
  return (
    <View>
      <RosterSearch onSearch={onSearch} />
      {list.error && !list.items.length ? (
        <ErrorState error={list.error} onRetry={list.reload} />
      ) : list.loading && !list.items.length ? (
        <Loading />
      ) : !list.items.length ? (
        <Empty message={q ? `没有找到姓名含“${q}”的党员` : '名册中还没有党员'} />
      ) : (
        <View data-testid="roster-list">
          {list.items.map((member) => (
            <RosterRow key={member._id} member={member} showBranch={member.orgId !== orgId} />
          ))}
          {list.error ? (
            <ErrorState error={list.error} onRetry={list.loadMore} />
          ) : (
            <ListFooter loadingMore={list.loadingMore} hasMore={list.hasMore} />
          )}
        </View>
      )}
    </View>
  );
}
