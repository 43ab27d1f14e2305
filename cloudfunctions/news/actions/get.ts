import type { ArticleDoc, ShareDoc } from '../../../typings/documents';
import type { Caller } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { placeLinks } from '../../_shared/files';
import { action } from '../../_shared/router';
import { cloudIdsIn, withUrls } from '../../_shared/storage';
import { recordRead } from '../reading';
import { loadArticle, readRefusal } from '../repo';
import { findShare, openShare } from '../sharing';
import { mayManage, mayRead } from '../rules/publishing';
import { toListItem } from '../views';

/**
 * Opens an article. A member's first open is recorded (one write whose id refuses a second)
 * and counted on the article; opened from a shared link (`share`, a token), the reader is told
 * who shared it and the share counts the opener once. Someone without a member session
 * (moments single-page mode) reads enterprise-wide articles, unrecorded.
 */
export const get = action('news', 'get', {
  // The share is looked up beside the article, while the caller is being resolved.
  preload: ({ id, share }) =>
    Promise.all([loadArticle(id), share ? findShare(share) : Promise.resolve(null)]),
  async handler(_req, caller, [article, share]) {
    const member = caller.member;
    const manager = member !== null && mayManage(member, article);
    if (!mayRead(member, article) && !manager) throw readRefusal(article, member !== null);

    const now = clock.now();
    const files = [...(article.cover ? [article.cover] : []), ...cloudIdsIn(article.body)];
    // Links to the article's files do not wait on recording the open.
    const [links, { firstRead, shareOpened, sharedBy }] = await Promise.all([
      placeLinks(
        'news',
        files.map((fileID) => ({ placeId: article._id, fileID })),
      ),
      recordOpen(article, caller, share, now),
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
      sharedBy,
      firstRead,
      canManage: manager,
      reviewComment: manager && article.status === 'returned' ? article.reviewComment : null,
    };
  },
});

/** The member's first read and the open of a shared link, and the article's counters of both. */
async function recordOpen(article: ArticleDoc, caller: Caller, share: ShareDoc | null, now: Date) {
  const member = caller.member;
  if (article.status !== 'published')
    return { firstRead: false, shareOpened: false, sharedBy: null };
  const [firstRead, { shareOpened, sharedBy }] = await Promise.all([
    member ? recordRead(member, article, now) : false,
    share ? openShare(share, caller, article, now) : { shareOpened: false, sharedBy: null },
  ]);
  if (firstRead || shareOpened) await count(article._id, firstRead, shareOpened);
  return { firstRead, shareOpened, sharedBy };
}

/** Both counters of one open in a single update. */
async function count(id: string, read: boolean, shareOpened: boolean): Promise<void> {
  const data: Record<string, unknown> = {};
  if (read) data.readCount = _.inc(1);
  if (shareOpened) data.shareOpenCount = _.inc(1);
  await db.collection(COLLECTIONS.articles.name).doc(id).update({ data });
}
