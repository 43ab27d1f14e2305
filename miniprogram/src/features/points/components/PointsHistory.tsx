import { Text, View } from '@tarojs/components';
import { PagedListView } from '../../../components/PagedListView';
import { usePagedList } from '../../../lib/use-paged-list';
import { pointsApi } from '../api';
import { reversedIds } from '../reversal';
import { LedgerRow } from './LedgerRow';
import './card.scss';

/** The member's ledger, newest first, a page at a time; reversed entries are marked 已更正. */
export function PointsHistory() {
  const list = usePagedList('points-history', pointsApi.history);
  const reversed = reversedIds(list.items);
  return (
    <View>
      <Text className="points-card__title points-history__title">积分明细</Text>
      <PagedListView list={list} empty="还没有积分记录，去读一篇文章吧" testId="points-history">
        {(entry) => <LedgerRow key={entry._id} entry={entry} reversed={reversed.has(entry._id)} />}
      </PagedListView>
    </View>
  );
}
