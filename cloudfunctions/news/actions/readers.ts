import type { ArticleReadDoc, MemberDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { invalidArgument } from '../../_shared/errors';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { requireManages } from '../../_shared/scope';
import { subtreeEnd } from '../keys';
import { loadArticle } from '../repo';

/** A branch is small; a larger subtree is asked branch by branch. */
const MAX_ROSTER = 1000;

/** For a secretary: who in their organisation has read an article (and for how long), who has not. */
export const readers = action('news', 'readers', {
  async handler({ id, orgId }, caller) {
    const member = requireMember(caller);
    const [article, org] = await Promise.all([loadArticle(id), loadOrg(orgId)]);
    requireManages(member, org);
    if (!org.path.startsWith(article.scopePath)) {
      throw invalidArgument('该文章不面向这个组织发布', 'orgId');
    }
    const range = _.gte(org.path).and(_.lt(subtreeEnd(org.path)));
    const [roster, reads] = await Promise.all([
      db
        .collection(COLLECTIONS.members.name)
        .where({ rosterKey: range })
        .orderBy('rosterKey', 'asc')
        .field({ name: true })
        .limit(MAX_ROSTER)
        .get<Pick<MemberDoc, '_id' | 'name'>>(),
      db
        .collection(COLLECTIONS.articleReads.name)
        .where({ articleId: id, orgPath: range })
        .limit(MAX_ROSTER)
        .get<ArticleReadDoc>(),
    ]);
    if (roster.data.length >= MAX_ROSTER) throw invalidArgument('人数较多，请按支部查看', 'orgId');
    const readBy = new Map(reads.data.map((r) => [r.memberId, r]));
    const rows = roster.data.map((m) => {
      const read = readBy.get(m._id);
      return {
        memberId: m._id,
        name: m.name,
        readAt: read ? new Date(read.openedAt).toISOString() : null,
        seconds: read?.seconds ?? 0,
      };
    });
    return { read: rows.filter((r) => r.readAt), unread: rows.filter((r) => !r.readAt) };
  },
});
