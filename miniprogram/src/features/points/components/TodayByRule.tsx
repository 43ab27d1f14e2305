import { Text, View } from '@tarojs/components';
import type { RuleProgress } from '../../../../../typings';
import './card.scss';
import './TodayByRule.scss';

/** Today's points under each rule against its daily cap: 阅读文章 3/6, 已达上限 once it is full. */
export function TodayByRule({ rules }: { rules: RuleProgress[] }) {
  return (
    <View className="points-card">
      <Text className="points-card__title">今日进度</Text>
      {rules.map((rule) => (
        <View key={rule.code} className="points-card__row" data-testid={`today-${rule.code}`}>
          <Text>{rule.name}</Text>
          <View className="today-rule__figures">
            <Text className={rule.capReached ? 'today-rule__value--full' : ''}>
              {rule.dailyCap === null ? `${rule.today} 分` : `${rule.today}/${rule.dailyCap}`}
            </Text>
            {rule.capReached && <Text className="today-rule__tag">已达上限</Text>}
          </View>
        </View>
      ))}
    </View>
  );
}
