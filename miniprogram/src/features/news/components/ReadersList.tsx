import { Text, View } from '@tarojs/components';
import type { ReaderRow } from '../../../../../typings';
import { formatDateTime } from '../../../lib/format';
import './ReadersList.scss';

const minutes = (seconds: number) =>
  seconds >= 60 ? `${Math.floor(seconds / 60)} 分 ${seconds % 60} 秒` : `${seconds} 秒`;

/** Who in the organisation has read an article (when, for how long) and who has not. */
export function ReadersList({ read, unread }: { read: ReaderRow[]; unread: ReaderRow[] }) {
  return (
    <View className="readers">
      <Text className="readers__heading" data-testid="readers-read">
        已读 {read.length} 人
      </Text>
      <View className="readers__group">
        {read.map((row) => (
          <View key={row.memberId} className="readers__row">
            <Text>{row.name}</Text>
            <Text className="readers__detail">
              {row.readAt ? formatDateTime(row.readAt) : ''} · 阅读 {minutes(row.seconds)}
            </Text>
          </View>
        ))}
      </View>
      <Text className="readers__heading" data-testid="readers-unread">
        未读 {unread.length} 人
      </Text>
      <View className="readers__names">
        {unread.map((row) => (
          <Text key={row.memberId} className="readers__name">
            {row.name}
          </Text>
        ))}
      </View>
    </View>
  );
}
