/** The database refused a write because a unique index already holds the value. */
export function isDuplicateKey(error: unknown): boolean {
  const text =
    error instanceof Error
      ? `${error.message} ${(error as { errMsg?: string }).errMsg ?? ''}`
      : String(error);
  return /E11000|duplicate key/i.test(text);
}
