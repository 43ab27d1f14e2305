import type { MemberDoc, OrganisationDoc } from '../../typings/documents';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';

type Recipient = Pick<MemberDoc, '_id' | 'name' | 'rosterKey'>;

const ROSTER_PAGE = 1000;

/** Everyone on the roster of an organisation's subtree, by pages of the indexed roster key. */
export async function rosterOf(org: OrganisationDoc): Promise<Recipient[]> {
  const end = `${org.path}\uffff`;
  const all: Recipient[] = [];
  let after: string | null = null;
  for (;;) {
    const { data }: { data: Recipient[] } = await db
      .collection(COLLECTIONS.members.name)
      .where({ rosterKey: after ? _.gt(after).and(_.lt(end)) : _.gte(org.path).and(_.lt(end)) })
      .orderBy('rosterKey', 'asc')
      .field({ name: true, rosterKey: true })
      .limit(ROSTER_PAGE)
      .get();
    all.push(...data);
    if (data.length < ROSTER_PAGE) return all;
    after = data[data.length - 1].rosterKey;
  }
}
