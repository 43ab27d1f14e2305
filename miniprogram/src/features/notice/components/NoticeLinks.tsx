import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { prefetchTemplates } from '../subscribe';
import { useUnreadBadge } from '../use-unread-badge';
import './NoticeLinks.scss';

const open = (url: string) => Taro.navigateTo({ url });

/**
 * The 支部 tab's notice entries: the message centre with its unread count (also on the tab's
 * badge), and sending for those who manage an organisation.
 */
export function NoticeLinks({ canSend }: { canSend: boolean }) {
  const unread = useUnreadBadge();
  useEffect(prefetchTemplates, []);
  return (
    <View className="notice-links">
      <View
        className="notice-links__row"
        role="link"
        hoverClass="notice-links__row--pressed"
        data-testid="open-inbox"
        onClick={() => open('/packages/notice/inbox/index')}
      >
        <Text>消息中心</Text>
        {unread > 0 && (
          <Text className="notice-links__badge" data-testid="inbox-unread">
            {unread > 99 ? '99+' : unread}
          </Text>
        )}
        <Text className="notice-links__chevron">›</Text>
      </View>
      {canSend && (
        <>
          <View
            className="notice-links__row"
            role="link"
            hoverClass="notice-links__row--pressed"
            data-testid="open-compose"
            onClick={() => open('/packages/notice/compose/index')}
          >
            <Text>发通知</Text>
            <Text className="notice-links__chevron">›</Text>
          </View>
          <View
            className="notice-links__row"
            role="link"
            hoverClass="notice-links__row--pressed"
            data-testid="open-sent"
            onClick={() => open('/packages/notice/sent/index')}
          >
            <Text>已发通知与统计</Text>
            <Text className="notice-links__chevron">›</Text>
          </View>
        </>
      )}
    </View>
  );
}
