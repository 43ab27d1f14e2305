import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useBranchSummary, useMemberRanking, type Period } from '../api';
import { BranchFigures } from './BranchFigures';
import { MemberRankList } from './MemberRankList';

/** One branch's figures and its members' ranking for the period. */
export function BranchPointsView({ orgId, period }: { orgId: string; period: Period }) {
  const summary = useBranchSummary(orgId, period);
  const ranking = useMemberRanking(orgId, period);
  usePullDownRefresh(() => {
    summary.reload();
    ranking.reload();
    Taro.stopPullDownRefresh();
  });
  const error = summary.error ?? ranking.error;
  if (error)
    return (
      <ErrorState
        error={error}
        onRetry={() => {
          summary.reload();
          ranking.reload();
        }}
      />
    );
  if (!summary.data || ranking.data?.scope !== 'members') return <Loading />;
  return (
    <View>
      <BranchFigures summary={summary.data} />
      <MemberRankList items={ranking.data.items} />
    </View>
  );
}
