/** The server forgives case, spaces and dashes; the client checks the same shape before sending. */
export const normaliseInviteCode = (input: string) => input.replace(/[\s-]/g, '').toUpperCase();

export const INVITE_CODE_LENGTH = 8;

/** Shown big for reading aloud: ABCD EFGH. */
export const spacedInviteCode = (code: string) => code.replace(/(.{4})(?=.)/g, '$1 ');
