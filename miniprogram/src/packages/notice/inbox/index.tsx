import { useEffect, useRef } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { PagedListView } from '../../../components/PagedListView';
import { usePagedList } from '../../../lib/use-paged-list';
import { noticeApi } from '../../../features/notice/api';
import { InboxRow } from '../../../features/notice/components/InboxRow';
import { prefetchTemplates } from '../../../features/notice/subscribe';

/** The member's notices, newest first; coming back from one shows it as read. */
export default function InboxPage() {
  const list = usePagedList('inbox', noticeApi.inbox);
  const hidden = useRef(false);
  useEffect(prefetchTemplates, []);
  useDidHide(() => {
    hidden.current = true;
  });
  useDidShow(() => {
    if (!hidden.current) return;
    hidden.current = false;
    list.reload();
  });
  return (
    <View className="page page--flush">
      <PagedListView list={list} empty="暂无通知" testId="inbox">
        {(item) => <InboxRow key={item._id} item={item} />}
      </PagedListView>
    </View>
  );
}
