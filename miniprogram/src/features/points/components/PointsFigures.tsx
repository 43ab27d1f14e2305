import { Text, View } from '@tarojs/components';
import './PointsFigures.scss';

/** Today, this month and this year side by side: the head of 我的积分. */
export function PointsFigures({
  today,
  month,
  year,
}: {
  today: number;
  month: number;
  year: number;
}) {
  const figures = [
    ['今日', today],
    ['本月', month],
    ['本年度', year],
  ] as const;
  return (
    <View className="points-figures">
      {figures.map(([label, value]) => (
        <View key={label} className="points-figures__item" data-testid={`points-${label}`}>
          <Text className="points-figures__value">{value}</Text>
          <Text className="points-figures__label">{label}积分</Text>
        </View>
      ))}
    </View>
  );
}
