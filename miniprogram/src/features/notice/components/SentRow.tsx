import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { NoticeStats } from '../../../../../typings';
import { formatDateTime } from '../../../lib/format';
import '../../../components/list-row.scss';

/** One notice the caller sent, with how many have read it; tapping opens its statistics. */
export function SentRow({ stats }: { stats: NoticeStats }) {
  return (
    <View
      className="list-row"
      role="link"
      hoverClass="list-row--pressed"
      data-testid={`sent-${stats._id}`}
      onClick={() => Taro.navigateTo({ url: `/packages/notice/stats/index?id=${stats._id}` })}
    >
      <Text className="list-row__title">{stats.title}</Text>
      <Text className="list-row__meta">
        {stats.orgName} · {formatDateTime(stats.createdAt)} · 已读 {stats.read}/{stats.recipients}
      </Text>
    </View>
  );
}
