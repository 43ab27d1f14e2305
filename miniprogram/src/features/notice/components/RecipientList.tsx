import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { PagedListView } from '../../../components/PagedListView';
import { Tabs } from '../../../components/Tabs';
import { formatDateTime } from '../../../lib/format';
import { usePagedList } from '../../../lib/use-paged-list';
import { noticeApi } from '../api';
import './RecipientList.scss';

const READ_TABS = [
  { value: false, label: '未读' },
  { value: true, label: '已读' },
];

/** A notice's recipients who have read it, or who have not, page by page. */
export function RecipientList({ noticeId }: { noticeId: string }) {
  const [read, setRead] = useState(false);
  const list = usePagedList(`${noticeId}:${read}`, (cursor) =>
    noticeApi.recipients(noticeId, read, cursor),
  );
  return (
    <View className="recipients">
      <Tabs className="recipients__tabs" options={READ_TABS} value={read} onChange={setRead} />
      <PagedListView
        list={list}
        empty={read ? '还没有人阅读' : '全部已读'}
        testId={read ? 'recipients-read' : 'recipients-unread'}
      >
        {(row) => (
          <View key={row.memberId} className="recipients__row">
            <Text>{row.name}</Text>
            <Text className="recipients__detail">
              {row.readAt ? formatDateTime(row.readAt) : row.pushed ? '未读，已发微信提醒' : '未读'}
            </Text>
          </View>
        )}
      </PagedListView>
    </View>
  );
}
