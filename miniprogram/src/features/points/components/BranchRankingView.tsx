import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useBranchRanking, type Period } from '../api';
import { BranchRankList } from './BranchRankList';
import { ExportPanel } from './ExportPanel';

/** An admin's view: the branches under their 党委/总支 by points per member, and the yearly export. */
export function BranchRankingView({ orgId, period }: { orgId: string; period: Period }) {
  const ranking = useBranchRanking(orgId, period);
  usePullDownRefresh(() => {
    ranking.reload();
    Taro.stopPullDownRefresh();
  });
  return (
    <View>
      {ranking.error ? (
        <ErrorState error={ranking.error} onRetry={ranking.reload} />
      ) : ranking.data?.scope !== 'branch' ? (
        <Loading />
      ) : (
        <BranchRankList items={ranking.data.items} />
      )}
      <ExportPanel orgId={orgId} />
    </View>
  );
}
