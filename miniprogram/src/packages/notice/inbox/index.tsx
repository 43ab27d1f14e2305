import { useEffect } from 'react';
import { View } from '@tarojs/components';
import { PagedListView } from '../../../components/PagedListView';
import { usePagedList } from '../../../lib/use-paged-list';
import { useShownAgain } from '../../../lib/use-shown-again';
import { noticeApi } from '../../../features/notice/api';
import { InboxRow } from '../../../features/notice/components/InboxRow';
import { prefetchTemplates } from '../../../features/notice/subscribe';

/** The member's notices, newest first; coming back from one shows it as read. */
export default function InboxPage() {
  const list = usePagedList('inbox', noticeApi.inbox);
  useEffect(prefetchTemplates, []);
  useShownAgain(list.reload);
  return (
    <View className="page page--flush">
      <PagedListView list={list} empty="暂无通知" testId="inbox">
        {(item) => <InboxRow key={item._id} item={item} />}
      </PagedListView>
    </View>
  );
}
