import type { MemberDoc } from '../../typings/documents';
import { COLLECTIONS } from './collections';
import { readRange } from './db';

export type RosterLine = Pick<MemberDoc, '_id' | 'name' | 'orgId' | 'roles' | 'rosterKey'>;

/**
 * Every member of the subtree at `path` (a branch's path: its roster) in roster order, branch by
 * branch: ranges of the roster index, a thousand at a time. `to` ends the range sooner: the
 * members of consecutive branches, from the first's path to the last's.
 */
export function rosterUnder(path: string, to = `${path}\uffff`): Promise<RosterLine[]> {
  return readRange<RosterLine>({
    collection: COLLECTIONS.members.name,
    key: 'rosterKey',
    from: path,
    to,
    fields: { name: true, orgId: true, roles: true },
  });
}
