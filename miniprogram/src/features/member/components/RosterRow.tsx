import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { RosterItem } from '../../../../../typings';
import '../../../components/roster-row.scss';
import './tag.scss';
import './RosterRow.scss';

/**
 * One roster entry; the branch is named only when the list spans several branches. A colleague
 * shows only their seats and post: their record is for those who manage the branch.
 */
export function RosterRow({ member, showBranch }: { member: RosterItem; showBranch: boolean }) {
  return (
    <View
      className="roster-row"
      role="link"
      data-testid={`roster-row-${member._id}`}
      hoverClass="roster-row--pressed"
      onClick={() => Taro.navigateTo({ url: `/packages/member/detail/index?id=${member._id}` })}
    >
      <View className="roster-row__main">
        <Text className="roster-row__name">{member.name}</Text>
        {showBranch && <Text className="roster-row__detail">{member.orgName}</Text>}
      </View>
      {member.kind === 'record' ? (
        <View className="roster-row__tags">
          <Text className={`tag ${member.status === '正式' ? 'tag--red' : 'tag--amber'}`}>
            {member.status}
          </Text>
          <Text className={`tag ${member.bound ? 'tag--green' : 'tag--grey'}`}>
            {member.bound ? '已绑定' : '未绑定'}
          </Text>
        </View>
      ) : (
        <View className="roster-row__tags">
          {member.titles.map((title) => (
            <Text key={title} className="tag tag--red">
              {title}
            </Text>
          ))}
          {member.post && <Text className="roster-row__detail">{member.post}</Text>}
        </View>
      )}
    </View>
  );
}
