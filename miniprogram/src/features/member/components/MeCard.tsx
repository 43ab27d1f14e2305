import { Text, View } from '@tarojs/components';
import type { MeResponse } from '../../../../../typings';
import { statusLabel } from '../labels';
import { Avatar } from './Avatar';
import { BindingPrompt } from './BindingPrompt';
import { LinkRow } from './LinkRow';
import { ManageLinks } from './ManageLinks';
import './MeCard.scss';

export function MeCard({ me }: { me: MeResponse }) {
  if (!me.bound) return <BindingPrompt />;
  const { member, roles, org } = me;
  return (
    <View className="me-card">
      <View className="me-card__header">
        <Avatar className="me-card__avatar" name={member.name} avatar={member.avatar} />
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
      <View className="me-card__links">
        <LinkRow title="我的党员档案" url="/packages/member/profile/index" />
        <LinkRow title="修改头像和昵称" url="/packages/member/profile-edit/index" />
      </View>
      <ManageLinks me={me} />
    </View>
  );
}
