import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useArticle } from '../../../features/news/api';
import { ArticleManage } from '../../../features/news/components/ArticleManage';
import { ArticleView } from '../../../features/news/components/ArticleView';
import { ShareButton } from '../../../features/news/components/ShareButton';
import { reviewOrgId } from '../../../features/news/roles';
import { shareTokenOf, useArticleShare } from '../../../features/news/share';
import { useReadingHeartbeat } from '../../../features/news/use-reading-heartbeat';
import { useSession } from '../../../lib/session';

/**
 * An article. Opened from a share, `share` is the link's token: the server tells the reader who
 * shared it and counts the open for the sharer. From moments it opens without a member session
 * and shows an enterprise-wide article all the same.
 */
export default function ArticlePage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const article = useArticle(id, shareTokenOf(params.share));
  const { data: me } = useSession();
  const bound = me?.bound ? me : undefined;
  const published = article.data?.status === 'published';
  useReadingHeartbeat(id, !!bound && published);
  useArticleShare(id, article.data, !!bound);

  if (article.error)
    return (
      <ErrorState
        error={article.error}
        onRetry={article.reload}
        notFound="找不到这篇文章，链接可能有误，或文章已撤回"
      />
    );
  if (!article.data) return <Loading />;
  return (
    <View className="page page--flush">
      <ArticleView article={article.data} />
      {bound && published && <ShareButton articleId={id} />}
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
