import type { ShareDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { COLLECTIONS } from '../../_shared/collections';
import { byKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { loadArticle, readRefusal } from '../repo';
import { maySee } from '../rules/publishing';
import { issueShare } from '../sharing';

const PAGE_SIZE = 20;

/**
 * 转发到群: the token the caller's link carries. Only a published article the caller may open
 * is shared: the same test its openers' credit makes of the sharer.
 */
export const share = action('news', 'share', {
  preload: ({ id }) => loadArticle(id),
  async handler(_req, caller, article) {
    const member = requireMember(caller);
    if (article.status !== 'published' || !maySee(member, article)) {
      throw readRefusal(article, true);
    }
    const { token } = await issueShare(member, article, clock.now());
    return { token };
  },
});

/** 我的分享: the caller's shares, newest first, each with the colleagues who opened it. */
export const myShares = action('news', 'myShares', {
  async handler({ cursor }, caller) {
    const member = requireMember(caller);
    const page = await readPage<ShareDoc>({
      collection: COLLECTIONS.shares.name,
      where: { sharerId: member._id },
      order: byKey('listKey', 'desc'),
      cursor,
      size: PAGE_SIZE,
    });
    return {
      items: page.items.map((s) => ({
        articleId: s.articleId,
        title: s.title,
        sharedAt: new Date(s.sharedAt).toISOString(),
        opens: s.opens,
      })),
      nextCursor: page.nextCursor,
    };
  },
});
