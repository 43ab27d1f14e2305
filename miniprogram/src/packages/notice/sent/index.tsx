import { View } from '@tarojs/components';
import { PagedListView } from '../../../components/PagedListView';
import { usePagedList } from '../../../lib/use-paged-list';
import { noticeApi } from '../../../features/notice/api';
import { SentRow } from '../../../features/notice/components/SentRow';

/** The notices the caller sent, newest first, each with its read count. */
export default function SentNoticesPage() {
  const list = usePagedList('sent', noticeApi.sent);
  return (
    <View className="page page--flush">
      <PagedListView list={list} empty="还没有发过通知" testId="sent-notices">
        {(stats) => <SentRow key={stats._id} stats={stats} />}
      </PagedListView>
    </View>
  );
}
