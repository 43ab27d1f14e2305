/** Collection `invites`: a one-time code a secretary issues for a roster entry. `_id` is the code. */
export interface InviteDoc {
  _id: string;
  memberId: string;
  orgId: string;
  issuedBy: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  usedBy: string | null;
  revokedAt: Date | null;
}

/** Collection `bindings`: `_id` is the OPENID, so one WeChat user binds at most one member. */
export interface BindingDoc {
  _id: string;
  memberId: string;
  boundAt: Date;
}

/** Collection `bind_attempts`: `_id` is the OPENID; wrong codes in the last hour. */
export interface BindAttemptsDoc {
  _id: string;
  failures: Date[];
}

/**
 * Collection `audit_logs`: every full read of protected member data, every ID number refused
 * because it was already on the roster in the enterer's scope, and every number held pending
 * because a member outside that scope holds it (how numbers would be guessed).
 */
export interface AuditLogDoc {
  _id: string;
  actorId: string;
  actorName: string;
  /**
   * One member for a reveal, everyone exported for an unmasked export, the holders of the
   * numbers for a refusal; for a held duplicate, the record the number was entered for first,
   * then the members already holding it.
   */
  targetIds: string[];
  /** 张三, or 15 名党员（综合办公室党支部） for an export. */
  targetName: string;
  action: 'reveal' | 'export_unmasked' | 'id_number_refused' | 'id_number_duplicate';
  /** The targets' organisation and its ancestors: an admin of any of them reads the entry. */
  orgIds: string[];
  at: Date;
}
