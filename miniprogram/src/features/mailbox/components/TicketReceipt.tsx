import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { groupTicket, openByTicket } from '../tickets';
import './mailbox.scss';

const WARNING = '凭证号只显示这一次，离开前请确认已经保存';

/** Holds the writer back from leaving by accident until they confirm the ticket is saved. */
function useLeaveGuard(active: boolean) {
  useEffect(() => {
    if (!active) return;
    if (process.env.TARO_ENV === 'weapp') {
      void Taro.enableAlertBeforeUnload({ message: WARNING });
      return () => void Taro.disableAlertBeforeUnload();
    }
    const hold = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', hold);
    return () => window.removeEventListener('beforeunload', hold);
  }, [active]);
}

/**
 * After an anonymous send: the ticket, once, with a copy button and a box the writer ticks to
 * say it is saved before they may go on (docs/domain.md §8.3). The device keeps a copy too.
 */
export function TicketReceipt({ ticket }: { ticket: string }) {
  const [saved, setSaved] = useState(false);
  useLeaveGuard(!saved);
  const copy = () =>
    Taro.setClipboardData({ data: ticket }).then(
      () => Taro.showToast({ title: '凭证号已复制', icon: 'none' }),
      () => Taro.showToast({ title: '复制失败，请手工抄下', icon: 'none' }),
    );
  return (
    <View className="mailbox-receipt" data-testid="ticket-receipt">
      <Text className="mailbox-receipt__title">信已匿名送出</Text>
      <Text className="mailbox-receipt__hint">
        这是查看答复的唯一凭证。服务器不保存它的原文，丢失后谁也无法找回。
      </Text>
      <Text className="mailbox-receipt__ticket" data-testid="ticket" userSelect>
        {groupTicket(ticket)}
      </Text>
      <Button type="primary" fill="outline" data-testid="copy-ticket" onClick={copy}>
        复制凭证号
      </Button>
      <Text className="mailbox-receipt__hint">
        本机“我的信件”中也保留了一份，换手机时需要手工输入。
      </Text>
      <View
        className="mailbox-receipt__confirm"
        role="checkbox"
        aria-checked={saved}
        data-testid="ticket-saved"
        onClick={() => setSaved(!saved)}
      >
        <Text className={`mailbox-check ${saved ? 'mailbox-check--on' : ''}`}>
          {saved ? '✓' : ''}
        </Text>
        <Text>我已抄下或复制保存凭证号</Text>
      </View>
      <Button
        type="primary"
        block
        disabled={!saved}
        data-testid="ticket-done"
        onClick={() => openByTicket(ticket, true)}
      >
        完成，查看这封信
      </Button>
    </View>
  );
}
