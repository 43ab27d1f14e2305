import { useShareAppMessage, useShareTimeline } from '@tarojs/taro';
import type { ArticleDetail } from '../../../../typings';
import { shareTokenSchema } from '../../../../typings/functions/news';
import { newsApi } from './api';
import { displayable } from './media';

export const ARTICLE_PAGE = '/packages/news/article/index';

/** The query of an article's link; `share` names the sharer's share by its server-issued token. */
export const articleQuery = (id: string, share?: string) =>
  share ? `id=${id}&share=${share}` : `id=${id}`;

/** A link's token as the server takes it, or nothing: a mangled link still opens the article. */
export const shareTokenOf = (param: string | undefined): string | undefined =>
  shareTokenSchema.safeParse(param).success ? param : undefined;

/**
 * The article's cards for a chat (转发到群, the ··· menu) and for moments. A member's chat card
 * carries their share token, issued while WeChat waits (it keeps the plain card if that takes
 * over 3 s or fails). The moments card carries none: moments opens the page in single-page mode,
 * where WeChat does not tell who opens it (docs/wechat.md §4.2).
 */
export function useArticleShare(id: string, article: ArticleDetail | undefined, member: boolean) {
  const title = article?.title ?? '党建新鲜事';
  const imageUrl = article && displayable(article.cover) ? article.cover : undefined;
  useShareAppMessage(() => {
    const plain = { title, imageUrl, path: `${ARTICLE_PAGE}?${articleQuery(id)}` };
    if (!member || article?.status !== 'published') return plain;
    const promise = newsApi.share(id).then(
      ({ token }) => ({ ...plain, path: `${ARTICLE_PAGE}?${articleQuery(id, token)}` }),
      () => plain,
    );
    return { ...plain, promise };
  });
  useShareTimeline(() => ({ title, imageUrl, query: articleQuery(id) }));
}
