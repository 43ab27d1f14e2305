/**
 * What a new roster entry needs besides a name (docs/domain.md §5.1): its 入党日期 and status,
 * and an ID number unless the one entering it says why it is unknown. The contract refines
 * create and import with it; the member form checks with it before sending. No zod here.
 */
export interface RosterEntry {
  joinedDate: string | null | undefined;
  idNumber: string | null | undefined;
  idNumberUnknownReason?: string | null;
}

export const ROSTER_MESSAGES = {
  joinedDate: '请填写入党日期',
  idNumber: '请填写身份证号码；确实无法提供的，请注明原因',
  /** On import a row cannot carry the reason: such a member is entered one by one. */
  idNumberOnImport: '请填写身份证号码；确实无法提供的，请在系统中逐个登记并注明原因',
} as const;

/** The reason an ID number is unknown, in characters after trimming. */
export const UNKNOWN_ID_REASON_LENGTH = { min: 2, max: 100 } as const;

export function rosterEntryIssues(
  entry: RosterEntry,
): { field: keyof RosterEntry; message: string }[] {
  const issues: { field: keyof RosterEntry; message: string }[] = [];
  if (!entry.joinedDate) issues.push({ field: 'joinedDate', message: ROSTER_MESSAGES.joinedDate });
  if (!entry.idNumber && !entry.idNumberUnknownReason?.trim())
    issues.push({ field: 'idNumber', message: ROSTER_MESSAGES.idNumber });
  return issues;
}
