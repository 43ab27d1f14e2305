import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { normaliseTicket } from '../../../../../typings/policy/mailbox';
import { PagedListView } from '../../../components/PagedListView';
import { formatDate } from '../../../lib/format';
import { usePagedList } from '../../../lib/use-paged-list';
import { useShownAgain } from '../../../lib/use-shown-again';
import { mailboxApi } from '../../../features/mailbox/api';
import { StatusTag } from '../../../features/mailbox/components/StatusTag';
import {
  forgetTicket,
  groupTicket,
  keptTickets,
  openByTicket,
} from '../../../features/mailbox/tickets';
import '../../../features/mailbox/components/mailbox.scss';

/** Anonymous letters written on this device, by their kept tickets, and a ticket typed in. */
function KeptTickets() {
  const [kept, setKept] = useState(keptTickets);
  const [typed, setTyped] = useState('');
  useShownAgain(() => setKept(keptTickets()));
  const openTyped = () => {
    const ticket = normaliseTicket(typed);
    if (!/^\d{16,32}$/.test(ticket)) {
      void Taro.showToast({ title: '凭证号应为 16 位以上的数字', icon: 'none' });
      return;
    }
    openByTicket(ticket);
  };
  return (
    <View className="mailbox-card" data-testid="kept-tickets">
      <Text className="mailbox-card__label">匿名信（凭本机保存的凭证号查看）</Text>
      {kept.length === 0 && <Text className="mailbox-row__from">本机没有保存凭证号</Text>}
      {kept.map((k) => (
        <View key={k.ticket} className="mailbox-card__head mailbox-row" data-testid="kept-ticket">
          <Text onClick={() => openByTicket(k.ticket)}>
            {k.kind === 'snap' ? '随手拍' : '匿名信'} · {formatDate(k.day)}
          </Text>
          <Text className="mailbox-row__from">{groupTicket(k.ticket).slice(0, 9)}…</Text>
          <Text
            className="mailbox-card__day"
            onClick={() =>
              void Taro.showModal({
                title: '从本机删除这个凭证号？',
                content: '删除后只能凭你另外保存的凭证号查看这封信。',
              }).then(({ confirm }) => {
                if (!confirm) return;
                forgetTicket(k.ticket);
                setKept(keptTickets());
              })
            }
          >
            删除
          </Text>
        </View>
      ))}
      <View className="mailbox-ticket-entry">
        <Input
          className="field__input"
          data-testid="ticket-input"
          type="number"
          value={typed}
          maxlength={40}
          placeholder="在别的手机上写的？输入凭证号"
          onInput={(e) => setTyped(e.detail.value)}
        />
        <Button type="primary" size="small" data-testid="ticket-open" onClick={openTyped}>
          查看
        </Button>
      </View>
    </View>
  );
}

/** 我的信件: named letters from the server, anonymous ones through tickets on this device. */
export default function MyLettersPage() {
  const list = usePagedList('mine', mailboxApi.mine);
  useShownAgain(list.reload);
  return (
    <View className="page">
      <KeptTickets />
      <Text className="mailbox-card__label mailbox-filters">实名信件</Text>
      <PagedListView list={list} empty="还没有写过实名信" testId="my-letters">
        {(item) => (
          <View
            key={item._id}
            className="mailbox-row"
            data-testid="my-letter"
            onClick={() =>
              Taro.navigateTo({ url: `/packages/mailbox/thread/index?id=${item._id}` })
            }
          >
            <View className="mailbox-card__head">
              <Text className="mailbox-tag">{item.kind === 'snap' ? '随手拍' : item.category}</Text>
              <StatusTag status={item.status} overdue={false} />
              <Text className="mailbox-card__day">{formatDate(item.day)}</Text>
            </View>
            <Text className="mailbox-row__preview">{item.preview}</Text>
          </View>
        )}
      </PagedListView>
    </View>
  );
}
