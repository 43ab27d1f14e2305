import * as z from 'zod';
import { hasUnsafeCharacters, UNSAFE_TEXT_MESSAGE } from '../policy/text';

/**
 * Every free-text field of the contract: trimmed, at most `max` characters, and without control
 * or direction characters (typings/policy/text.ts). `multiline` allows line breaks and tabs.
 */
export function safeText(max: number, { multiline = false }: { multiline?: boolean } = {}) {
  return z
    .string()
    .trim()
    .max(max)
    .refine((s) => !hasUnsafeCharacters(s, multiline), { error: UNSAFE_TEXT_MESSAGE });
}
