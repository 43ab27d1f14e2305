import type { ColleagueItem, MemberDetail, RosterItem } from '../../typings/functions/member';

/** The whole record a manager or the member sees; fails on a colleague's view. */
export function record<T extends MemberDetail | RosterItem>(
  item: T | ColleagueItem,
): Exclude<T, ColleagueItem> {
  if (item.kind !== 'record') throw new Error(`expected the whole record of ${item.name}`);
  return item as Exclude<T, ColleagueItem>;
}
