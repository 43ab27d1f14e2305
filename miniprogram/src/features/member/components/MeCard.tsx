import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MeResponse } from '../../../../../typings';
import { statusLabel } from '../labels';
import { BindingPrompt } from './BindingPrompt';
import './MeCard.scss';

const openProfile = () => Taro.navigateTo({ url: '/packages/member/profile/index' });

export function MeCard({ me }: { me: MeResponse }) {
  if (!me.bound) return <BindingPrompt />;
  const { member, roles, org } = me;
  return (
    <View className="me-card">
      <View className="me-card__header">
        <View className="me-card__avatar" aria-hidden>
          <Text>{member.name.slice(0, 1)}</Text>
        </View>
        <View className="me-card__who">
          <Text className="me-card__name">{member.name}</Text>
          <Text className="me-card__org">{org.name}</Text>
          <View className="me-card__tags">
            <Text className="me-card__tag">{statusLabel(member.status)}</Text>
            {roles.map((role) => (
              <Text key={`${role.orgId}:${role.code}`} className="me-card__tag me-card__tag--role">
                {role.title}
              </Text>
            ))}
          </View>
        </View>
      </View>
      <View
        className="me-card__link"
        role="link"
        hoverClass="me-card__link--pressed"
        onClick={openProfile}
      >
        <Text>我的党员档案</Text>
        <Text className="me-card__chevron">›</Text>
      </View>
    </View>
  );
}
