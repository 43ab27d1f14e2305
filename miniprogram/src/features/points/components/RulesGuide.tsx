import { Text, View } from '@tarojs/components';
import type { RuleView } from '../../../../../typings';
import { ruleTerms } from '../labels';
import './card.scss';
import './RulesGuide.scss';

/** How points are earned: the rules in force with their points and caps, as the server keeps them. */
export function RulesGuide({ rules }: { rules: RuleView[] }) {
  const earning = rules.filter((rule) => rule.kind !== 'manual');
  return (
    <View className="points-card" data-testid="rules-guide">
      <Text className="points-card__title">积分怎么得</Text>
      {earning.map((rule) => (
        <View key={rule.code} className="rules-guide__rule">
          <Text className="rules-guide__name">{rule.name}</Text>
          <Text className="rules-guide__terms">{ruleTerms(rule)}</Text>
        </View>
      ))}
      <Text className="points-card__note">
        支部书记或上级管理员可以补发或扣减积分，每次都须写明原因；记错的积分由上级管理员更正：记一笔相反的积分抵消，原记录保留。
      </Text>
    </View>
  );
}
