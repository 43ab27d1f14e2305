import { Text, View } from '@tarojs/components';
import type { OrgBrief } from '../../../../../typings';
import './OrgCard.scss';

export function OrgCard({ org }: { org: OrgBrief }) {
  return (
    <View className="org-card">
      <Text className="org-card__type">{org.type}</Text>
      <Text className="org-card__name">{org.name}</Text>
    </View>
  );
}
