import * as z from 'zod/mini';
import { ADJUST_MAX_POINTS, REASON_LENGTH } from '../../../../typings/policy/limits';
import { adjustPointsSchema, reasonSchema } from '../../../../typings/policy/schemas';

/** What the secretary types on the adjustment page, before it becomes a signed amount. */
export interface AdjustInput {
  kind: 'award' | 'deduct';
  points: string;
  reason: string;
}

export type AdjustErrors = Partial<Record<'points' | 'reason', string>>;

/** The signed amount the server takes: a deduction is negative. */
export const signedAmount = (input: AdjustInput) =>
  (input.kind === 'deduct' ? -1 : 1) * Number(input.points);

/**
 * The contract's own field schemas, checked early so the form answers at once: a convenience
 * only, the server checks the same and has the last word.
 */
export function checkAdjust(input: AdjustInput): AdjustErrors {
  const errors: AdjustErrors = {};
  const whole = /^\d+$/.test(input.points.trim());
  if (!whole || !z.safeParse(adjustPointsSchema, signedAmount(input)).success)
    errors.points = `请填写 1 到 ${ADJUST_MAX_POINTS} 之间的整数`;
  const reason = checkReason(input.reason);
  if (reason) errors.reason = reason;
  return errors;
}

/** The reason an adjustment or a reversal must carry. */
export function checkReason(reason: string): string | undefined {
  const result = z.safeParse(reasonSchema, reason);
  if (result.success) return undefined;
  return result.error.issues[0]?.code === 'too_big'
    ? `原因最多 ${REASON_LENGTH.max} 个字`
    : `请写明原因（至少 ${REASON_LENGTH.min} 个字）`;
}
