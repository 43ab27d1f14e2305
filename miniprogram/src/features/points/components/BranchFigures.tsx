import { Text, View } from '@tarojs/components';
import type { BranchSummary } from '../../../../../typings';
import './BranchFigures.scss';

/** A branch's period at a glance: points per member, how many took part, the total. */
export function BranchFigures({ summary }: { summary: BranchSummary }) {
  const percent = Math.round(summary.participation * 100);
  return (
    <View className="branch-figures" data-testid="branch-figures">
      <Text className="branch-figures__name">{summary.name}</Text>
      <View className="branch-figures__row">
        <View className="branch-figures__item">
          <Text className="branch-figures__value">{summary.average}</Text>
          <Text className="branch-figures__label">人均积分</Text>
        </View>
        <View className="branch-figures__item">
          <Text className="branch-figures__value">{percent}%</Text>
          <Text className="branch-figures__label">
            参与 {summary.participants}/{summary.memberCount} 人
          </Text>
        </View>
        <View className="branch-figures__item">
          <Text className="branch-figures__value">{summary.total}</Text>
          <Text className="branch-figures__label">支部合计</Text>
        </View>
      </View>
    </View>
  );
}
