import type { MemberDoc } from '../../typings/documents';
import { _, db } from './cloud';
import { COLLECTIONS } from './collections';

const BATCH = 1000;

export type RosterLine = Pick<MemberDoc, '_id' | 'name' | 'orgId' | 'roles' | 'rosterKey'>;

/**
 * Every member of the subtree at `path` (a branch's path: its roster) in roster order, branch by
 * branch: ranges of the roster index, a thousand at a time.
 */
export async function rosterUnder(path: string): Promise<RosterLine[]> {
  const out: RosterLine[] = [];
  const end = `${path}\uffff`;
  let after: string | null = null;
  for (;;) {
    const { data }: { data: RosterLine[] } = await db
      .collection(COLLECTIONS.members.name)
      .where({ rosterKey: after ? _.gt(after).and(_.lt(end)) : _.gte(path).and(_.lt(end)) })
      .orderBy('rosterKey', 'asc')
      .field({ name: true, orgId: true, roles: true, rosterKey: true })
      .limit(BATCH)
      .get();
    out.push(...data);
    if (data.length < BATCH) return out;
    after = data[data.length - 1].rosterKey;
  }
}
