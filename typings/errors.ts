/** The closed list of error codes every function may answer with. */
export const ERROR_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'CONFLICT',
  'RATE_LIMITED',
  'CONTENT_REJECTED',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** `message` is Chinese and shown to the user as is; `field` names the offending input. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  field?: string;
}
