import { useShareAppMessage, useShareTimeline, useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useArticle } from '../../../features/news/api';
import { ArticleManage } from '../../../features/news/components/ArticleManage';
import { ArticleView } from '../../../features/news/components/ArticleView';
import { displayable } from '../../../features/news/media';
import { reviewOrgId } from '../../../features/news/roles';
import { useReadingHeartbeat } from '../../../features/news/use-reading-heartbeat';
import { useSession } from '../../../lib/session';

/**
 * An article. Opened from a share, `from` names the sharer, whom the server credits. From moments
 * it opens without a member session and shows an enterprise-wide article all the same.
 */
export default function ArticlePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const article = useArticle(id, params.from);
  const { data: me } = useSession();
  const bound = me?.bound ? me : undefined;
  useReadingHeartbeat(id, !!bound && article.data?.status === 'published');

  const sharePath = () => {
    const from = bound ? `&from=${bound.member._id}` : '';
    return `id=${id}${from}`;
  };
  const cover = article.data && displayable(article.data.cover) ? article.data.cover : undefined;
  useShareAppMessage(() => ({
    title: article.data?.title ?? '党建新鲜事',
    path: `/packages/news/article/index?${sharePath()}`,
    imageUrl: cover,
  }));
  useShareTimeline(() => ({
    title: article.data?.title ?? '党建新鲜事',
    query: sharePath(),
    imageUrl: cover,
  }));

  if (article.error) return <ErrorState error={article.error} onRetry={article.reload} />;
  if (!article.data) return <Loading />;
  return (
    <View className="page page--flush">
      <ArticleView article={article.data} />
      {article.data.canManage && (
        <ArticleManage
          article={article.data}
          readersOrgId={bound ? reviewOrgId(bound.roles) : undefined}
          onChanged={article.reload}
        />
      )}
    </View>
  );
}
