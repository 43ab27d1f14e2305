import type { ArticleDoc } from '../../../typings/documents';
import type { Caller } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { forbidden, unauthenticated } from '../../_shared/errors';
import { placeLinks } from '../../_shared/files';
import { action } from '../../_shared/router';
import { cloudIdsIn, withUrls } from '../../_shared/storage';
import { recordRead, recordShareOpen } from '../reading';
import { articleNotFound, loadArticle } from '../repo';
import { mayManage, mayRead } from '../rules/publishing';
import { toListItem } from '../views';

/**
 * Opens an article. A member's first open is recorded (one write whose id refuses a second)
 * and counted on the article; a link's sharer is credited once per opener. Someone without a
 * member session (moments single-page mode) reads enterprise-wide articles, unrecorded.
 */
export const get = action('news', 'get', {
  preload: ({ id }) => loadArticle(id),
  async handler({ from }, caller, article) {
    const member = caller.member;
    const manager = member !== null && mayManage(member, article);
    if (!mayRead(member, article) && !manager) throw refusal(article, member !== null);

    const now = clock.now();
    const files = [...(article.cover ? [article.cover] : []), ...cloudIdsIn(article.body)];
    // Links to the article's files do not wait on recording the open.
    const [links, { firstRead, shareOpened }] = await Promise.all([
      placeLinks(
        'news',
        files.map((fileID) => ({ placeId: article._id, fileID })),
      ),
      recordOpen(article, caller, from, now),
    ]);
    const linkOf = (fileID: string) => links({ placeId: article._id, fileID });
    return {
      ...toListItem({
        ...article,
        cover: article.cover && (linkOf(article.cover) ?? article.cover),
      }),
      readCount: article.readCount + (firstRead ? 1 : 0),
      body: withUrls(article.body, linkOf),
      editableBody: manager ? article.body : null,
      author: article.author,
      columnId: article.columnId,
      scopeId: article.scopeId,
      enterpriseWide: article.enterpriseWide,
      status: article.status,
      shareOpenCount: article.shareOpenCount + (shareOpened ? 1 : 0),
      firstRead,
      canManage: manager,
      reviewComment: manager && article.status === 'returned' ? article.reviewComment : null,
    };
  },
});

/** The member's first read and a credited share open, and the article's counters of both. */
async function recordOpen(
  article: ArticleDoc,
  caller: Caller,
  from: string | undefined,
  now: Date,
) {
  const member = caller.member;
  if (article.status !== 'published') return { firstRead: false, shareOpened: false };
  // An anonymous reader cannot be told from another, so only identified opens are credited.
  const credits = from !== undefined && from !== member?._id && caller.openid !== '';
  const [firstRead, shareOpened] = await Promise.all([
    member ? recordRead(member, article, now) : false,
    credits ? recordShareOpen(from, member, caller.openid, article, now) : false,
  ]);
  if (firstRead || shareOpened) await count(article._id, firstRead, shareOpened);
  return { firstRead, shareOpened };
}

function refusal(article: ArticleDoc, bound: boolean) {
  // Who may not see drafts learns nothing of one: the answer is the same as for no article.
  if (article.status !== 'published') return articleNotFound();
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
