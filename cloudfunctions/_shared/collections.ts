/**
 * Every collection the functions use and the indexes behind their queries. The provisioning
 * step (local cloud seed; deploy instructions for a real environment) creates exactly these.
 */
export interface IndexSpec {
  name: string;
  /** Field → 1 (ascending) or -1 (descending), leftmost first. */
  keys: Record<string, 1 | -1>;
  unique?: boolean;
}

export interface CollectionSpec {
  name: string;
  indexes: IndexSpec[];
}

export const COLLECTIONS = {
  organisations: {
    name: 'organisations',
    indexes: [
      { name: 'path', keys: { path: 1 } },
      { name: 'parent', keys: { parentId: 1, name: 1 } },
    ],
  },
  members: {
    name: 'members',
    indexes: [
      { name: 'openid', keys: { openid: 1 } },
      { name: 'roster', keys: { rosterKey: 1 } },
      { name: 'id_number', keys: { idNumberKey: 1 }, unique: true },
    ],
  },
  invites: {
    name: 'invites',
    indexes: [{ name: 'member', keys: { memberId: 1 } }],
  },
  bindings: { name: 'bindings', indexes: [] },
  bindAttempts: { name: 'bind_attempts', indexes: [] },
  auditLogs: {
    name: 'audit_logs',
    indexes: [{ name: 'org_time', keys: { orgIds: 1, at: -1 } }],
  },
} as const satisfies Record<string, CollectionSpec>;

export const ALL_COLLECTIONS: CollectionSpec[] = Object.values(COLLECTIONS);
