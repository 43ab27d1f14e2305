import type { LetterDoc, MailboxSettingsDoc } from '../../typings/documents';
import { MAILBOX_LIMITS } from '../../typings/policy/mailbox';
import { COLLECTIONS } from '../_shared/collections';
import { findById } from '../_shared/db';
import { notFound } from '../_shared/errors';
import { DEFAULT_RULES } from './rules/default-rules';

export const letters = COLLECTIONS.mailboxLetters.name;

export async function loadLetter(id: string): Promise<LetterDoc> {
  const letter = await findById<LetterDoc>(letters, id);
  if (!letter) throw notFound('找不到这封信');
  return letter;
}

/** The enterprise an organisation belongs to: the first id of its path. */
export const enterpriseOf = (orgPath: string) => orgPath.split('/').filter(Boolean)[0] ?? '';

/** The enterprise's answer time and categorisation rules, or the defaults. */
export async function loadSettings(orgPath: string): Promise<MailboxSettingsDoc> {
  const _id = enterpriseOf(orgPath);
  const doc = await findById<MailboxSettingsDoc>(COLLECTIONS.mailboxSettings.name, _id);
  return doc ?? { _id, replyDays: MAILBOX_LIMITS.replyDays, rules: DEFAULT_RULES };
}
