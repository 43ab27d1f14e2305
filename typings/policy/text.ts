/**
 * What free text may not hold, on both sides: control characters (C0 but line breaks and tabs,
 * DEL, C1) and the invisible marks that change the direction text is shown in (U+200E, U+200F,
 * U+061C, U+202A–U+202E, U+2066–U+2069) — a U+202E in a name or title shows its text reversed.
 * No zod here: the contract's text schemas and the pages both read it.
 */

// Written as escapes in a string: a regex literal may not hold control characters (lint).
const C0_BUT_BREAKS = '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F';
const UNSAFE = new RegExp(
  `[${C0_BUT_BREAKS}\\u007F-\\u009F\\u061C\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069]`,
);
const LINE_BREAKS = /[\n\r\t]/;

export const UNSAFE_TEXT_MESSAGE = '不能包含不可见的控制字符或文字方向符号，请删除后重试';

/** Whether `text` holds a character free text may not (line breaks and tabs only when `multiline`). */
export function hasUnsafeCharacters(text: string, multiline = true): boolean {
  return UNSAFE.test(text) || (!multiline && LINE_BREAKS.test(text));
}
