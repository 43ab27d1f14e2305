import type {
  ExamBank,
  ExamDoc,
  MemberDoc,
  QuestionDoc,
  TagPick,
} from '../../../typings/documents';
import type { RequestOf } from '../../../typings/functions';
import {
  type AdminExam,
  type AdminExamItem,
  EXAM_PAPER_MAX,
} from '../../../typings/functions/school';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { isDuplicateKey } from '../../_shared/db-errors';
import { AppError, invalidArgument, notFound } from '../../_shared/errors';
import { loadOrg } from '../../_shared/organisations';
import { bySubtreeKey, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';
import { adminPath, idFor, requireAdministers, requireCleanText } from '../authoring';
import { editKeyOf } from '../keys';
import { sealedPools, shortPicks } from '../rules/draw';
import { tagPools } from '../tag-pools';
import { toExamQuestion } from '../views';

const PAGE_SIZE = 20;
const exams = () => db.collection(COLLECTIONS.schoolExams.name);

/** One read: a paper, or the pools an exam seals (at most SEALED_PER_DRAWN × EXAM_PAPER_MAX). */
async function questionsByIds(ids: string[]): Promise<QuestionDoc[]> {
  if (!ids.length) return [];
  const { data } = await db
    .collection(COLLECTIONS.schoolQuestions.name)
    .where({ _id: _.in(ids) })
    .limit(ids.length)
    .get<QuestionDoc>();
  return data;
}

async function loadExamFor(admin: MemberDoc, id: string): Promise<ExamDoc> {
  const exam = await findById<ExamDoc>(COLLECTIONS.schoolExams.name, id);
  if (!exam) throw notFound('找不到该考试');
  requireAdministers(admin, exam.scopePath, '只有考试范围所在组织的管理员可以编辑该考试');
  return exam;
}

function toAdminExamItem(exam: ExamDoc): AdminExamItem {
  return {
    _id: exam._id,
    title: exam.title,
    status: exam.status,
    scopeName: exam.scopeName,
    questionCount: exam.questionCount,
    opensAt: new Date(exam.opensAt).toISOString(),
    closesAt: new Date(exam.closesAt).toISOString(),
  };
}

async function toAdminExam(exam: ExamDoc): Promise<AdminExam> {
  const fixed = exam.picks.length ? [] : await questionsByIds(exam.questionIds);
  const byId = new Map(fixed.map((q) => [q._id, q]));
  return {
    ...toAdminExamItem(exam),
    scopeId: exam.scopeId,
    paper: exam.picks.length
      ? { kind: 'tags', picks: exam.picks }
      : {
          kind: 'fixed',
          questions: exam.questionIds.flatMap((id) => {
            const q = byId.get(id);
            return q ? [{ _id: q._id, type: q.type, stem: q.stem }] : [];
          }),
        },
    timeLimitMinutes: exam.timeLimitMinutes,
    passMark: exam.passMark,
    attemptsAllowed: exam.attemptsAllowed,
  };
}

/**
 * The paper an exam's form describes, checked against the bank: a fixed list of questions that
 * are in it, each once; or picks by tag, each tag once, that the bank can always fill whatever
 * the earlier picks drew (rules/draw.ts shortPicks).
 */
async function paperOf(
  paper: RequestOf<'school', 'saveExam'>['paper'],
): Promise<{ questionIds: string[]; picks: TagPick[]; questionCount: number }> {
  if (paper.kind === 'fixed') {
    const ids = paper.questionIds;
    if (new Set(ids).size !== ids.length)
      throw invalidArgument('试卷中有重复的题目', 'paper.questionIds');
    const found = new Set((await questionsByIds(ids)).filter((q) => !q.deleted).map((q) => q._id));
    if (ids.some((id) => !found.has(id)))
      throw invalidArgument('试卷中有题目已不在题库中，请刷新后重选', 'paper.questionIds');
    return { questionIds: ids, picks: [], questionCount: ids.length };
  }
  const picks = paper.picks;
  const tags = picks.map((p) => p.tag);
  if (new Set(tags).size !== tags.length)
    throw invalidArgument('同一标签只能设置一次抽题数', 'paper.picks');
  const questionCount = picks.reduce((sum, p) => sum + p.count, 0);
  if (questionCount > EXAM_PAPER_MAX)
    throw invalidArgument(`一份试卷最多 ${EXAM_PAPER_MAX} 题`, 'paper.picks');
  const pools = await tagPools(tags);
  const short = shortPicks(picks, pools)[0];
  if (short) throw invalidArgument(shortMessage(short), 'paper.picks');
  return { questionIds: [], picks, questionCount };
}

const shortMessage = ({ tag, count, available }: ReturnType<typeof shortPicks>[number]) =>
  `标签「${tag}」可抽的题只有 ${available} 道，不够 ${count} 道`;

/**
 * The questions an exam keeps from its publication on (docs/domain.md §7.11), checked again
 * against the bank as it is now: a question of a fixed paper deleted since the exam was saved,
 * or a tag that can no longer fill its pick, stops the publication.
 */
async function sealedBank(exam: ExamDoc): Promise<ExamBank> {
  const conflict = (message: string) => new AppError('CONFLICT', message);
  if (!exam.picks.length) {
    const found = new Map(
      (await questionsByIds(exam.questionIds)).filter((q) => !q.deleted).map((q) => [q._id, q]),
    );
    if (exam.questionIds.some((id) => !found.has(id)))
      throw conflict('试卷中有题目已从题库删除，请编辑试卷后再发布');
    return { questions: exam.questionIds.map((id) => toExamQuestion(found.get(id)!)), pools: {} };
  }
  const pools = await tagPools(exam.picks.map((p) => p.tag));
  const short = shortPicks(exam.picks, pools)[0];
  if (short) throw conflict(`${shortMessage(short)}，请编辑试卷后再发布`);
  const sealed = sealedPools(exam.picks, pools, exam._id);
  const questions = await questionsByIds(Object.values(sealed).flat());
  return { questions: questions.map(toExamQuestion), pools: sealed };
}

/** The exams under the caller's organisation, drafts included, by organisation. */
export const adminExams = action('school', 'adminExams', {
  async handler({ cursor }, caller) {
    const path = adminPath(requireMember(caller));
    const page = await readPage<ExamDoc>({
      collection: COLLECTIONS.schoolExams.name,
      where: {},
      order: bySubtreeKey('editKey', path, `${path}\uffff`),
      cursor,
      size: PAGE_SIZE,
      field: { bank: false },
    });
    return { items: page.items.map(toAdminExamItem), nextCursor: page.nextCursor };
  },
});

export const adminExam = action('school', 'adminExam', {
  async handler({ id }, caller) {
    return toAdminExam(await loadExamFor(requireMember(caller), id));
  },
});

/**
 * Creates or edits an exam (docs/domain.md §7.7, §7.11) while it is a draft: its scope in the
 * admin's subtree, its paper fixed or drawn by tag for every attempt. A new exam takes its id
 * from the form's request id: a resent form creates it once.
 */
export const saveExam = action('school', 'saveExam', {
  async handler({ id, requestId, paper, opensAt, closesAt, ...fields }, caller) {
    const admin = requireMember(caller);
    const [scope, existing] = await Promise.all([
      loadOrg(fields.scopeId),
      id ? loadExamFor(admin, id) : null,
    ]);
    requireAdministers(admin, scope.path, '考试范围只能是你管理的组织');
    if (existing?.status === 'published') throw new AppError('CONFLICT', '考试已发布，不能再修改');
    const now = clock.now();
    if (new Date(closesAt) <= now) throw invalidArgument('结束时间须晚于现在', 'closesAt');
    const drawn = await paperOf(paper);
    await requireCleanText(fields.title, caller.openid);

    const _id = existing?._id ?? idFor('e-', admin._id, requestId);
    const createdAt = existing ? new Date(existing.createdAt) : now;
    const content = {
      ...fields,
      ...drawn,
      scopePath: scope.path,
      scopeName: scope.name,
      opensAt: new Date(opensAt),
      closesAt: new Date(closesAt),
      editKey: editKeyOf(scope.path, createdAt, _id),
    };
    if (existing) {
      await exams().doc(_id).update({ data: content });
      return toAdminExam({ ...existing, ...content });
    }
    const exam: ExamDoc = { _id, ...content, status: 'draft', createdAt, bank: null };
    try {
      await exams().add({ data: exam });
      return toAdminExam(exam);
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
      // A resent form: the first try created it.
      return toAdminExam((await findById<ExamDoc>(COLLECTIONS.schoolExams.name, _id)) ?? exam);
    }
  },
});

/**
 * Opens an exam to the members of its scope (from its opening time), its questions sealed.
 * Repeating it changes nothing: only a draft is published, so of racing publications one seals.
 */
export const publishExam = action('school', 'publishExam', {
  async handler({ id }, caller) {
    const exam = await loadExamFor(requireMember(caller), id);
    if (exam.status !== 'published') {
      const bank = await sealedBank(exam);
      await exams()
        .where({ _id: id, status: 'draft' })
        .update({ data: { status: 'published', bank } });
    }
    return toAdminExam({ ...exam, status: 'published' });
  },
});
