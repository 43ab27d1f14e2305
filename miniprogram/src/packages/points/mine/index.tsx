import { usePullDownRefresh } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useMyPoints, useRules } from '../../../features/points/api';
import { PointsFigures } from '../../../features/points/components/PointsFigures';
import { PointsHistory } from '../../../features/points/components/PointsHistory';
import { RulesGuide } from '../../../features/points/components/RulesGuide';
import { TodayByRule } from '../../../features/points/components/TodayByRule';
import { VisibilitySwitch } from '../../../features/points/components/VisibilitySwitch';

export default function MyPointsPage() {
  const mine = useMyPoints();
  const rules = useRules();
  // The history refreshes itself on pull-down; the figures above it follow.
  usePullDownRefresh(mine.reload);
  if (mine.error) return <ErrorState error={mine.error} onRetry={mine.reload} />;
  if (!mine.data) return <Loading />;
  return (
    <View className="page page--flush">
      <PointsFigures today={mine.data.today} month={mine.data.month} year={mine.data.year} />
      <TodayByRule rules={mine.data.byRule} />
      <VisibilitySwitch visible={mine.data.visible} />
      {rules.data && <RulesGuide rules={rules.data.items} />}
      <PointsHistory />
    </View>
  );
}
