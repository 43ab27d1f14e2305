import * as z from 'zod/mini';
import { ADJUST_MAX_POINTS, REASON_LENGTH } from './limits';
import { REQUEST_ID_PATTERN } from './request-id';
import { hasUnsafeCharacters, UNSAFE_TEXT_MESSAGE } from './text';

// Field schemas in zod/mini: the contract's request schemas are built from these very objects,
// and the app's forms check with them without carrying the whole of zod.

export const requestIdSchema = z
  .string()
  .check(z.regex(REQUEST_ID_PATTERN, { error: '请求编号无效' }));

/** A signed adjustment: a deduction is negative, and nothing is not an adjustment. */
export const adjustPointsSchema = z.int().check(
  z.minimum(-ADJUST_MAX_POINTS),
  z.maximum(ADJUST_MAX_POINTS),
  z.refine((n) => n !== 0, { error: '不能为 0' }),
);

export const reasonSchema = z.string().check(
  z.trim(),
  z.minLength(REASON_LENGTH.min),
  z.maxLength(REASON_LENGTH.max),
  z.refine((s) => !hasUnsafeCharacters(s), { error: UNSAFE_TEXT_MESSAGE }),
);
