/** The database refused a write because a unique index already holds the value. */
export function isDuplicateKey(error: unknown): boolean {
  const text =
    error instanceof Error
      ? `${error.message} ${(error as { errMsg?: string }).errMsg ?? ''}`
      : String(error);
  return /E11000|duplicate key/i.test(text);
}

/**
 * A transaction still met concurrent writes after the SDK's retries (three, also on the real
 * cloud): the record is being changed by someone else right now.
 */
export function isTransactionConflict(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'DATABASE_TRANSACTION_CONFLICT';
}
