import { useCallback, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { PagedListView } from '../../../components/PagedListView';
import { usePagedList } from '../../../lib/use-paged-list';
import { pointsApi, type Period } from '../api';
import { asOfText } from '../labels';
import { BranchRankRow } from './BranchRankRow';
import { ExportPanel } from './ExportPanel';
import './RankList.scss';

/**
 * An admin's view: the yearly export, and the branches under their 党委/总支 by points per
 * member, a page at a time. A large organisation's ranking is a snapshot the server refreshes
 * every few minutes: its time is shown so nobody takes it for this very moment.
 */
export function BranchRankingView({ orgId, period }: { orgId: string; period: Period }) {
  const [asOf, setAsOf] = useState<string | null>(null);
  const fetchPage = useCallback(
    async (cursor: string | undefined) => {
      const page = await pointsApi.branchRanking(orgId, period, cursor);
      if (!cursor) setAsOf(page.asOf);
      return page;
    },
    [orgId, period],
  );
  const list = usePagedList(`${orgId}:${period}`, fetchPage);
  return (
    <View>
      <ExportPanel orgId={orgId} />
      {asOf && list.items.length > 0 && (
        <Text className="rank-list__as-of" data-testid="ranking-as-of">
          {asOfText(asOf)}
        </Text>
      )}
      <View className="rank-list">
        <PagedListView list={list} empty="该组织下没有党支部" testId="branch-ranking">
          {(item) => <BranchRankRow key={item.orgId} item={item} />}
        </PagedListView>
      </View>
    </View>
  );
}
