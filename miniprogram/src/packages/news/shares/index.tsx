import { View } from '@tarojs/components';
import { PagedListView } from '../../../components/PagedListView';
import { newsApi } from '../../../features/news/api';
import { ShareRow } from '../../../features/news/components/ShareRow';
import { usePagedList } from '../../../lib/use-paged-list';

/** 我的分享: the articles the member forwarded, newest first, with the colleagues who opened each. */
export default function MySharesPage() {
  const list = usePagedList('my-shares', newsApi.myShares);
  return (
    <View className="page page--flush">
      <PagedListView
        list={list}
        empty="还没有转发过文章，在文章页点“转发到群”试试"
        testId="my-shares"
      >
        {(share) => <ShareRow key={share.articleId} share={share} />}
      </PagedListView>
    </View>
  );
}
