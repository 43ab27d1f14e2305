import type { ArticleDoc } from '../../../typings/documents';
import { newsSchemas } from '../../../typings/functions/news';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { forbidden, notFound, unauthenticated } from '../../_shared/errors';
import { action } from '../../_shared/router';
import { cloudIdsIn, tempUrls, withUrls } from '../../_shared/storage';
import { recordRead, recordShareOpen } from '../reading';
import { loadArticle } from '../repo';
import { mayManage, mayRead } from '../rules/publishing';
import { toListItem } from '../views';

/**
 * Opens an article. A member's first open is recorded (one write whose id refuses a second)
 * and counted on the article; a link's sharer is credited once per opener. Someone without a
 * member session (moments single-page mode) reads enterprise-wide articles, unrecorded.
 */
export const get = action({
  schema: newsSchemas.get,
  anonymous: true,
  preload: ({ id }) => loadArticle(id),
  async handler({ from }, caller, article) {
    const member = caller.member;
    const manager = member !== null && mayManage(member, article);
    if (!mayRead(member, article) && !manager) throw refusal(article, member !== null);

    const now = new Date();
    let firstRead = false;
    let shareOpened = false;
    if (article.status === 'published') {
      if (member) firstRead = await recordRead(member, article, now);
      // An anonymous reader cannot be told from another, so only identified opens are credited.
      if (from && from !== member?._id && caller.openid) {
        shareOpened = await recordShareOpen(from, member, caller.openid, article, now);
      }
    }
    if (firstRead || shareOpened) await count(article._id, firstRead, shareOpened);

    const urls = await tempUrls([
      ...(article.cover ? [article.cover] : []),
      ...cloudIdsIn(article.body),
    ]);
    return {
      ...toListItem({
        ...article,
        cover: article.cover && (urls.get(article.cover) ?? article.cover),
      }),
      readCount: article.readCount + (firstRead ? 1 : 0),
      body: withUrls(article.body, urls),
      editableBody: manager ? article.body : null,
      author: article.author,
      columnId: article.columnId,
      scopeId: article.scopeId,
      enterpriseWide: article.enterpriseWide,
      status: article.status,
      shareOpenCount: article.shareOpenCount + (shareOpened ? 1 : 0),
      firstRead,
      canManage: manager,
    };
  },
});

function refusal(article: ArticleDoc, bound: boolean) {
  if (article.status !== 'published') return notFound('该文章未发布或已撤回');
  if (!bound) return unauthenticated('该文章仅对本单位党员开放，请先绑定党员身份');
  return forbidden('该文章仅对发布组织的党员开放');
}

/** Both counters of one open in a single update. */
async function count(id: string, read: boolean, shareOpened: boolean): Promise<void> {
  const data: Record<string, unknown> = {};
  if (read) data.readCount = _.inc(1);
  if (shareOpened) data.shareOpenCount = _.inc(1);
  await db.collection(COLLECTIONS.articles.name).doc(id).update({ data });
}
