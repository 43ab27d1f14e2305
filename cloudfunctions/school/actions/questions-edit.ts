import type { QuestionDoc } from '../../../typings/documents';
import type { AdminQuestion } from '../../../typings/functions/school';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { isDuplicateKey } from '../../_shared/db-errors';
import { invalidArgument, notFound } from '../../_shared/errors';
import { byKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { idFor, requireCleanText } from '../authoring';
import { questionDoc } from '../keys';
import { OPTION_KEYS, parseQuestionRow } from '../rules/question-row';
import { toExamQuestion } from '../views';

const PAGE_SIZE = 20;
const questions = () => db.collection(COLLECTIONS.schoolQuestions.name);

const TYPE_WORDS = { single: '单选', multiple: '多选', judge: '判断' } as const;
const DIFFICULTY_WORDS = { 1: '易', 2: '中', 3: '难' } as const;

/** The practice bank the daily quiz draws from holds the questions that are not exam-only. */
function keepPracticeBank(id: string, inPractice: boolean) {
  return db
    .collection(COLLECTIONS.schoolBank.name)
    .doc('practice')
    .update({ data: { questionIds: inPractice ? _.addToSet(id) : _.pull(id) } });
}

/** What an exam keeps of a question, and what only its editors see: its tags and difficulty. */
const toAdminQuestion = (q: QuestionDoc): AdminQuestion => ({
  ...toExamQuestion(q),
  tags: q.tags,
  difficulty: q.difficulty,
});

async function loadQuestion(id: string): Promise<QuestionDoc> {
  const q = await findById<QuestionDoc>(COLLECTIONS.schoolQuestions.name, id);
  if (!q || q.deleted) throw notFound('找不到该题目');
  return q;
}

/** The bank for its editors, newest first, with answers: whole, or of one type or tag. */
export const questionBank = action('school', 'questions', {
  async handler({ cursor, tag, type }, caller) {
    requireMember(caller);
    const page = await readPage<QuestionDoc>({
      collection: COLLECTIONS.schoolQuestions.name,
      where: { deleted: false, ...(tag ? { tags: tag } : {}), ...(type ? { type } : {}) },
      order: byKey('listKey', 'desc'),
      cursor,
      size: PAGE_SIZE,
    });
    return { items: page.items.map(toAdminQuestion), nextCursor: page.nextCursor };
  },
});

/**
 * Writes a question as the import would read it from a row (docs/domain.md §7.10): the same
 * rules decide, and a refusal names the field. The bank is the enterprise's, so its admins
 * edit it. The practice bank follows the exam-only flag. A new question takes its id from the
 * form's request id: a resent form writes it once.
 */
export const saveQuestion = action('school', 'saveQuestion', {
  async handler({ id, requestId, ...fields }, caller) {
    const admin = requireMember(caller);
    const existing = id ? await loadQuestion(id) : null;
    const verdict = parseQuestionRow({
      type: TYPE_WORDS[fields.type],
      stem: fields.stem,
      options: OPTION_KEYS.map((_key, i) => fields.options[i] ?? ''),
      answer: fields.type === 'judge' ? (fields.answer[0] ?? '') : fields.answer.join(''),
      explanation: fields.explanation,
      tags: fields.tags.join(','),
      difficulty: DIFFICULTY_WORDS[fields.difficulty],
      examOnly: fields.examOnly ? '是' : '否',
    });
    if (!verdict.ok) throw invalidArgument(verdict.reason, verdict.field);
    const { question } = verdict;
    await requireCleanText(
      [question.stem, ...question.options.map((o) => o.text), question.explanation].join('\n'),
      caller.openid,
    );
    if (existing) {
      await questions().doc(existing._id).update({ data: question });
      if (existing.examOnly !== question.examOnly)
        await keepPracticeBank(existing._id, !question.examOnly);
      return toAdminQuestion({ ...existing, ...question });
    }
    const doc = questionDoc(idFor('q-', admin._id, requestId), question, clock.now());
    let stored = doc;
    try {
      await questions().add({ data: doc });
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // A resent form: the first try wrote it.
      stored = (await findById<QuestionDoc>(COLLECTIONS.schoolQuestions.name, doc._id)) ?? doc;
    }
    // Also on a resend: a bank update that died after the question was written is finished.
    if (!stored.examOnly) await keepPracticeBank(stored._id, true);
    return toAdminQuestion(stored);
  },
});

/**
 * Takes a question out of the bank: no longer listed, practised or drawn into a new paper; the
 * attempts and wrong-answer books that hold it still show and grade it.
 */
export const deleteQuestion = action('school', 'deleteQuestion', {
  async handler({ id }, caller) {
    requireMember(caller);
    const q = await findById<QuestionDoc>(COLLECTIONS.schoolQuestions.name, id);
    if (!q) throw notFound('找不到该题目');
    if (!q.deleted)
      await questions()
        .doc(id)
        .update({ data: { deleted: true } });
    await keepPracticeBank(id, false);
    return { deleted: true };
  },
});
