/**
 * The id one filled-in form sends with every try: resending it after a lost reply cannot adjust
 * twice. A new form (继续调整) gets a new one.
 */
export const newRequestId = () =>
  `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 12)}`;

/** What the secretary types on the adjustment page, before it becomes a signed amount. */
export interface AdjustInput {
  kind: 'award' | 'deduct';
  points: string;
  reason: string;
}

export type AdjustErrors = Partial<Record<'points' | 'reason', string>>;

// The server's limits (typings/functions/points.ts), checked early so the form answers at once.
const MAX_POINTS = 20;

/** The client's checks: a convenience only, the server repeats them and has the last word. */
export function checkAdjust(input: AdjustInput): AdjustErrors {
  const errors: AdjustErrors = {};
  const points = Number(input.points);
  if (!/^\d+$/.test(input.points.trim()) || points < 1 || points > MAX_POINTS)
    errors.points = `请填写 1 到 ${MAX_POINTS} 之间的整数`;
  const reason = checkReason(input.reason);
  if (reason) errors.reason = reason;
  return errors;
}

/** A reason of 2 to 100 characters, as the server requires for adjustments and reversals. */
export function checkReason(reason: string): string | undefined {
  const length = reason.trim().length;
  if (length < 2) return '请写明原因（至少 2 个字）';
  if (length > 100) return '原因最多 100 个字';
  return undefined;
}

/** The signed amount the server takes: a deduction is negative. */
export const signedAmount = (input: AdjustInput) =>
  (input.kind === 'deduct' ? -1 : 1) * Number(input.points);
