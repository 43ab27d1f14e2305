/**
 * Which function is given which secret: the environment variables set per function in the
 * console (README, "Deploying", step 6; docs/cloudbase-protocol.md §6.2). Each key has one
 * purpose: sealing is not hashing, so a leak of one does not open the other.
 */
export const FUNCTION_SECRETS = {
  /** MEMBER_DATA_KEY seals ID and phone numbers (AES-256-GCM); MEMBER_HASH_KEY keys the hash behind the roster's one-entry-per-ID-number index. */
  member: ['MEMBER_DATA_KEY', 'MEMBER_HASH_KEY'],
  /** Keys the pseudonyms of members hidden from rankings. */
  points: ['POINTS_PSEUDONYM_KEY'],
  /** Keys letter ids, ticket lookups and the writers' daily counters. */
  mailbox: ['MAILBOX_KEY'],
  /** Keys the sign-in codes of activities (docs/domain.md §2.9). */
  activity: ['ACTIVITY_CODE_KEY'],
} as const satisfies Record<string, readonly string[]>;

export type SecretName = (typeof FUNCTION_SECRETS)[keyof typeof FUNCTION_SECRETS][number];

/** Every function secret's value (the local cloud generates them per data folder). */
export type FunctionSecrets = Record<SecretName, string>;
