import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { PagedListView } from '../../../components/PagedListView';
import { formatDateTime } from '../../../lib/format';
import { usePagedList } from '../../../lib/use-paged-list';
import { noticeApi } from '../api';
import './RecipientList.scss';

/** A notice's recipients who have read it, or who have not, page by page. */
export function RecipientList({ noticeId }: { noticeId: string }) {
  const [read, setRead] = useState(false);
  const list = usePagedList(`${noticeId}:${read}`, (cursor) =>
    noticeApi.recipients(noticeId, read, cursor),
  );
  return (
    <View className="recipients">
      <View className="recipients__tabs" role="tablist">
        {[false, true].map((value) => (
          <View
            key={String(value)}
            role="tab"
            aria-selected={read === value}
            className={`recipients__tab ${read === value ? 'recipients__tab--active' : ''}`}
            onClick={() => setRead(value)}
          >
            <Text>{value ? '已读' : '未读'}</Text>
          </View>
        ))}
      </View>
      <PagedListView
        list={list}
        empty={read ? '还没有人阅读' : '全部已读'}
        testId={read ? 'recipients-read' : 'recipients-unread'}
      >
        {(row) => (
          <View key={row.memberId} className="recipients__row">
            <Text>{row.name}</Text>
            <Text className="recipients__detail">
              {row.readAt ? formatDateTime(row.readAt) : row.pushed ? '已推送' : '未推送'}
            </Text>
          </View>
        )}
      </PagedListView>
    </View>
  );
}
