/** See MemberDoc.rosterKey: \u0001 sorts below every character of a path or a name. */
export function rosterKey(orgPath: string, name: string, id: string): string {
  return `${orgPath}\u0001${name}\u0001${id}`;
}

/** The exclusive upper bound of a subtree's range of roster keys. */
export function rosterKeyEnd(orgPath: string): string {
  return `${orgPath}\uffff`;
}
