import type { AttemptDoc } from '../../typings/documents';
import { COLLECTIONS } from '../_shared/collections';
import { findById } from '../_shared/db';
import { notFound } from '../_shared/errors';

/**
 * The caller's own attempt. It is theirs by the OPENID that started it: the start checked the
 * member and the exam's scope, and the attempt is answered within its time limit, so saving,
 * submitting and reviewing it read no member record. Anyone else's is not found. One read.
 */
export async function ownAttempt(openid: string, attemptId: string): Promise<AttemptDoc> {
  const attempt = await findById<AttemptDoc>(COLLECTIONS.schoolAttempts.name, attemptId);
  if (!attempt || attempt.openid !== openid) throw notFound('找不到该答卷');
  return attempt;
}
