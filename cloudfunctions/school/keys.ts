import type { QuestionDoc } from '../../typings/documents';
import type { ParsedQuestion } from './rules/question-row';

/** A newest-first list key: the time, then the id to keep it unique. */
export const listKeyOf = (at: Date, id: string) => `${at.toISOString()}|${id}`;

/**
 * An authoring list key: the scope's path first, so the courses or exams under an admin's
 * organisation are one range of it, oldest first within an organisation.
 */
export const editKeyOf = (scopePath: string, createdAt: Date, id: string) =>
  `${scopePath}${listKeyOf(createdAt, id)}`;

/** A question as the bank stores it, whether written in the editor or imported. */
export const questionDoc = (
  _id: string,
  question: ParsedQuestion,
  createdAt: Date,
): QuestionDoc => ({
  _id,
  ...question,
  deleted: false,
  listKey: listKeyOf(createdAt, _id),
  createdAt,
});
