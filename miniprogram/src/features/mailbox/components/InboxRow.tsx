import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { InboxLetter } from '../../../../../typings/functions/mailbox';
import { formatDate } from '../../../lib/format';
import { StatusTag } from './StatusTag';
import './mailbox.scss';

/** One letter in the reader's inbox: unread ones in bold; opens the handling page. */
export function InboxRow({ item }: { item: InboxLetter }) {
  return (
    <View
      className={`mailbox-row ${item.status === '未读' ? 'mailbox-row--unread' : ''}`}
      data-testid="inbox-letter"
      hoverClass="mailbox-row--pressed"
      onClick={() => Taro.navigateTo({ url: `/packages/mailbox/handle/index?id=${item._id}` })}
    >
      <View className="mailbox-card__head">
        <Text className="mailbox-tag">{item.kind === 'snap' ? '随手拍' : item.category}</Text>
        <StatusTag status={item.status} overdue={item.overdue} />
        <Text className="mailbox-card__day">{formatDate(item.day)}</Text>
      </View>
      <Text className="mailbox-row__preview">{item.preview}</Text>
      <Text className="mailbox-row__from">
        {item.anonymous ? '匿名' : item.writerName} · 期限 {formatDate(item.deadline)}
      </Text>
    </View>
  );
}
