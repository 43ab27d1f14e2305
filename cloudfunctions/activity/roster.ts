import type { DueGroup, DueMember, MemberDoc, OrganisationDoc } from '../../typings/documents';
import { _, db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';

const ROSTER_PAGE = 1000;
type Entry = Pick<MemberDoc, '_id' | 'name' | 'status' | 'rosterKey'>;

/** The branch's roster (with its 党小组), by pages of the indexed roster key. */
export async function rosterOf(org: Pick<OrganisationDoc, 'path'>): Promise<Entry[]> {
  const end = `${org.path}\uffff`;
  const all: Entry[] = [];
  let after: string | null = null;
  for (;;) {
    const { data }: { data: Entry[] } = await db
      .collection(COLLECTIONS.members.name)
      .where({ rosterKey: after ? _.gt(after).and(_.lt(end)) : _.gte(org.path).and(_.lt(end)) })
      .orderBy('rosterKey', 'asc')
      .field({ name: true, status: true, rosterKey: true })
      .limit(ROSTER_PAGE)
      .get<Entry>();
    all.push(...data);
    if (data.length < ROSTER_PAGE) return all;
    after = data[data.length - 1].rosterKey;
  }
}

/**
 * Who is due: the whole branch or its committee. Voting rights are a 正式党员's
 * (docs/domain.md §1.4).
 */
export async function dueOf(
  org: Pick<OrganisationDoc, 'path' | 'committee'>,
  group: DueGroup,
): Promise<DueMember[]> {
  const roster = await rosterOf(org);
  const committee = new Set(org.committee.map((s) => s.memberId));
  return roster
    .filter((m) => group === 'all' || committee.has(m._id))
    .map((m) => ({ memberId: m._id, name: m.name, voting: m.status === '正式' }));
}
