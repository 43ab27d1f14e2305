import { View } from '@tarojs/components';
import { PagedListView } from '../../../components/PagedListView';
import { usePagedList } from '../../../lib/use-paged-list';
import { newsApi } from '../api';
import { ReviewRow } from './ReviewRow';

export type QueueStatus = 'submitted' | 'reviewing';

/** The articles of an organisation's subtree waiting in one status, oldest first. */
export function ReviewQueue({ orgId, status }: { orgId: string; status: QueueStatus }) {
  const list = usePagedList(`${orgId}:${status}`, (cursor) => newsApi.queue(orgId, status, cursor));
  return (
    <View className="review-queue">
      <PagedListView
        list={list}
        empty={status === 'submitted' ? '没有待审核的文章' : '没有待复核的文章'}
        testId="review-queue"
      >
        {(draft) => <ReviewRow key={draft._id} draft={draft} onDone={list.reload} />}
      </PagedListView>
    </View>
  );
}
