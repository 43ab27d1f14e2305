import type { ArticleReadDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { notFound } from '../../_shared/errors';
import { awardPoints } from '../../_shared/points/award';
import { action } from '../../_shared/router';
import { readId } from '../keys';
import { creditedSeconds, QUALIFYING_SECONDS } from '../rules/reading-time';

/**
 * Adds the reading time the page reports while the article is visible. The update is guarded by
 * the time it read, so two racing heartbeats cannot both add; the loser's seconds are dropped.
 * Crossing the qualifying time awards the reading points, before the record says so: a failed
 * award is then retried by the next heartbeat, and the award itself refuses a replay.
 */
export const heartbeat = action('news', 'heartbeat', {
  async handler({ id, seconds }, caller) {
    const member = requireMember(caller);
    const read = await findById<ArticleReadDoc>(
      COLLECTIONS.articleReads.name,
      readId(member._id, id),
    );
    if (!read) throw notFound('请先打开文章再记录阅读时长');
    const now = clock.now();
    const total = creditedSeconds(read.seconds, seconds, new Date(read.openedAt), now);
    const qualifies = read.qualifiedAt === null && total >= QUALIFYING_SECONDS;
    if (qualifies) {
      await awardPoints({
        memberId: member._id,
        orgId: member.orgId,
        orgPath: member.orgPath,
        rule: 'read_article',
        sourceId: id,
        seconds: total,
        at: now,
      });
    }
    if (total > read.seconds) {
      await db
        .collection(COLLECTIONS.articleReads.name)
        .where({ _id: read._id, seconds: read.seconds })
        .update({ data: qualifies ? { seconds: total, qualifiedAt: now } : { seconds: total } });
    }
    return { seconds: total, qualified: read.qualifiedAt !== null || qualifies };
  },
});
