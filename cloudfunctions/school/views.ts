import type {
  CourseDoc,
  ExamQuestion,
  LessonDoc,
  LessonProgressDoc,
  QuestionDoc,
} from '../../typings/documents';
import type { CourseListItem, LessonItem, PaperQuestion } from '../../typings/functions/school';
import { isComplete } from './rules/study-time';

export function toCourseItem(course: CourseDoc, memberPath: string): CourseListItem {
  const assignedHere = course.assignment && memberPath.startsWith(course.assignment.orgPath);
  return {
    _id: course._id,
    title: course.title,
    description: course.description,
    cover: course.cover,
    scopeName: course.scopeName,
    lessonCount: course.lessonCount,
    durationSeconds: course.durationSeconds,
    deadline: assignedHere ? course.assignment!.deadline : null,
  };
}

export function toLessonItem(
  lesson: LessonDoc,
  progress: LessonProgressDoc | undefined,
): LessonItem {
  const watched = progress?.watched ?? 0;
  return {
    _id: lesson._id,
    order: lesson.order,
    kind: lesson.kind,
    title: lesson.title,
    durationSeconds: lesson.durationSeconds,
    watched,
    completed: !!progress?.completedAt || isComplete(watched, lesson.durationSeconds),
  };
}

/** A question as a paper shows it: the answer and explanation stay on the server. */
export function toPaperQuestion(
  q: Pick<QuestionDoc, '_id' | 'type' | 'stem' | 'options'>,
  optionOrder?: string[],
): PaperQuestion {
  const options = optionOrder
    ? optionOrder.flatMap((key) => q.options.filter((o) => o.key === key))
    : q.options;
  return {
    _id: q._id,
    type: q.type,
    stem: q.stem,
    options: options.map((o) => ({ key: o.key, text: o.text })),
  };
}

/** What an exam seals of a question at publication (docs/domain.md §7.11). */
export const toExamQuestion = (q: QuestionDoc): ExamQuestion => ({
  _id: q._id,
  type: q.type,
  stem: q.stem,
  options: q.options,
  answer: q.answer,
  explanation: q.explanation,
  examOnly: q.examOnly,
});
