import type {
  LetterCategory,
  LetterKind,
  LetterRating,
  LetterStatus,
  LetterTarget,
} from '../policy/mailbox';

/**
 * Who reads a letter: the managers (书记, 副书记; an admin of a 党委) of the addressed
 * organisation, or its 纪检委员 for a 随手拍 report.
 */
export type LetterRoute = 'managers' | 'discipline';

export interface LetterReply {
  from: 'recipient' | 'writer';
  /** The answerer's name; null for the writer's own words. */
  name: string | null;
  text: string;
  /** Server-written `cloud://` ids of the answer's re-encoded photos. */
  photos: string[];
  /** Day only, `YYYY-MM-DD`. */
  day: string;
  /** The answerer's request id, so a resent answer finds itself instead of being stored again. */
  requestId?: string;
}

/**
 * Collection `mailbox_letters`. An anonymous letter holds nothing of its writer
 * (docs/domain.md §8.3): its id is a keyed hash of the writer's request, its ticket is kept as a
 * keyed lookup index and a salted scrypt hash, its time is the day only, and its photos were
 * re-encoded and stored under server paths.
 */
export interface LetterDoc {
  _id: string;
  kind: LetterKind;
  to: LetterTarget;
  /** The addressed organisation: the branch, or the 党委 above it. */
  orgId: string;
  orgPath: string;
  route: LetterRoute;
  /** `orgId:route`: one indexed key per mailbox. */
  box: string;
  category: LetterCategory;
  /** The categoriser's suggestion and its confidence, kept when the recipient re-categorises. */
  suggested: LetterCategory;
  confidence: number;
  status: LetterStatus;
  anonymous: boolean;
  /** Named letters only; null when anonymous. */
  writerId: string | null;
  writerName: string | null;
  text: string;
  place: string | null;
  /** Server-written `cloud://` ids of the re-encoded photos. */
  photos: string[];
  /** `YYYY-MM-DD` (China): the only time an anonymous letter carries. */
  day: string;
  /** `day|_id`: the inbox order, newest day first and random within a day. */
  sortKey: string;
  /** The day an answer is due. */
  deadline: string;
  /**
   * Counted as overdue in the figures: set by the deadline timer once the deadline has passed
   * with the letter still waiting, cleared by the answer (docs/domain.md §8.5).
   */
  overdue: boolean;
  /** Day of the first answer. */
  repliedDay: string | null;
  replies: LetterReply[];
  rating: LetterRating | null;
  reopened: boolean;
  /** Anonymous letters: HMAC of the ticket under the server secret, behind a unique index. */
  ticketIndex: string | null;
  /** Anonymous letters: `salt:hash`, scrypt of the ticket. */
  ticketHash: string | null;
}

/** Collection `mailbox_stats`, one per organisation: its subtree's letters, maintained on every change. */
export interface MailboxStatsDoc {
  _id: string;
  total: number;
  byCategory: Record<LetterCategory, number>;
  byStatus: Record<LetterStatus, number>;
  /** 未读 letters per mailbox of this organisation itself (the unread badge). */
  unread: Record<LetterRoute, number>;
  replied: number;
  /** Sum over answered letters of the days to the first answer. */
  replyDays: number;
  /** Letters now past their deadline without an answer. */
  overdue: number;
}

/** Collection `mailbox_limits`: counters under keyed hashes (a writer's day, a guesser's hour). */
export interface MailboxLimitDoc {
  _id: string;
  count: number;
  /** The China day the counter's window falls in: after it the counter is dropped. */
  day: string;
}

/** Collection `mailbox_delegates`, by the delegating manager's member id. */
export interface MailboxDelegatesDoc {
  _id: string;
  memberIds: string[];
  /** `orgId:route` of every mailbox the manager reads, so a delegate reads the same. */
  boxes: string[];
}

/** Collection `mailbox_settings`, one per enterprise (its root organisation's id). */
export interface MailboxSettingsDoc {
  _id: string;
  replyDays: number;
  rules: { category: LetterCategory; phrases: { phrase: string; weight: number }[] }[];
}
