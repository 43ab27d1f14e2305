import type { MemberDoc } from '../../typings/documents';
import { COLLECTIONS } from './collections';
import { readRange } from './db';

export type RosterLine = Pick<MemberDoc, '_id' | 'name' | 'orgId' | 'roles' | 'rosterKey'>;

/**
 * Every member of the subtree at `path` (a branch's path: its roster) in roster order, branch by
 * branch: ranges of the roster index, a thousand at a time.
 */
export function rosterUnder(path: string): Promise<RosterLine[]> {
  return readRange<RosterLine>({
    collection: COLLECTIONS.members.name,
    key: 'rosterKey',
    from: path,
    to: `${path}\uffff`,
    fields: { name: true, orgId: true, roles: true },
  });
}
