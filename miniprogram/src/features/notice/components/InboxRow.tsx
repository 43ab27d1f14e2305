import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { InboxItem } from '../../../../../typings';
import { formatDate, formatDateTime } from '../../../lib/format';
import { askToSubscribe } from '../subscribe';
import './InboxRow.scss';

/**
 * One notice in the message centre, with a dot while unread. Opening an unread one is the
 * natural moment to ask for the next notice as a WeChat message.
 */
export function InboxRow({ item }: { item: InboxItem }) {
  const open = () => {
    if (!item.read) void askToSubscribe();
    void Taro.navigateTo({ url: `/packages/notice/detail/index?id=${item._id}` });
  };
  return (
    <View
      className="inbox-row"
      role="link"
      hoverClass="inbox-row--pressed"
      data-testid={`inbox-${item._id}`}
      data-read={item.read}
      onClick={open}
    >
      {!item.read && <View className="inbox-row__dot" aria-label="未读" />}
      <View className="inbox-row__main">
        <Text className={`inbox-row__title ${item.read ? '' : 'inbox-row__title--unread'}`}>
          {item.title}
        </Text>
        <Text className="inbox-row__meta">
          {item.orgName} · {formatDateTime(item.createdAt)}
        </Text>
        {item.deadline && (
          <Text className="inbox-row__deadline">截止 {formatDate(item.deadline)}</Text>
        )}
      </View>
      <Text className="inbox-row__state">{item.read ? '已读' : '未读'}</Text>
    </View>
  );
}
