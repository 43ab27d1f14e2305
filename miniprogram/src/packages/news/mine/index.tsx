import { View } from '@tarojs/components';
import { PagedListView } from '../../../components/PagedListView';
import { usePagedList } from '../../../lib/use-paged-list';
import { newsApi } from '../../../features/news/api';
import { DraftRow } from '../../../features/news/components/DraftRow';

/** The editor's own articles in every status, most recently edited first. */
export default function MyArticlesPage() {
  const list = usePagedList('mine', newsApi.mine);
  return (
    <View className="page page--flush">
      <PagedListView list={list} empty="还没有稿件，去首页点“写文章”开始吧" testId="my-articles">
        {(draft) => <DraftRow key={draft._id} draft={draft} />}
      </PagedListView>
    </View>
  );
}
