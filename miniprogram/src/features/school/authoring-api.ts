import type { RequestOf } from '../../../../typings';
import { call } from '../../lib/cloud';
import { useCloud } from '../../lib/use-cloud';

/** The admins' side of the school: courses, the question bank and exams (docs/domain.md §7.11). */
export const useAdminCourse = (id: string) => useCloud('school', 'adminCourse', { id });
export const useAdminExam = (id: string) => useCloud('school', 'adminExam', { id });

const withCursor = (cursor: string | undefined) => (cursor ? { cursor } : {});

export const authoringApi = {
  uploadTicket: (ext: RequestOf<'school', 'uploadTicket'>['ext']) =>
    call('school', 'uploadTicket', { ext }),
  adminCourses: (cursor: string | undefined) => call('school', 'adminCourses', withCursor(cursor)),
  saveCourse: (data: RequestOf<'school', 'saveCourse'>) => call('school', 'saveCourse', data),
  saveLesson: (data: RequestOf<'school', 'saveLesson'>) => call('school', 'saveLesson', data),
  deleteLesson: (id: string) => call('school', 'deleteLesson', { id }),
  reorderLessons: (courseId: string, lessonIds: string[]) =>
    call('school', 'reorderLessons', { courseId, lessonIds }),
  publishCourse: (id: string, published: boolean) =>
    call('school', 'publishCourse', { id, published }),
  questions: (
    filter: Omit<RequestOf<'school', 'questions'>, 'cursor'>,
    cursor: string | undefined,
  ) => call('school', 'questions', { ...filter, ...withCursor(cursor) }),
  saveQuestion: (data: RequestOf<'school', 'saveQuestion'>) => call('school', 'saveQuestion', data),
  deleteQuestion: (id: string) => call('school', 'deleteQuestion', { id }),
  adminExams: (cursor: string | undefined) => call('school', 'adminExams', withCursor(cursor)),
  saveExam: (data: RequestOf<'school', 'saveExam'>) => call('school', 'saveExam', data),
  publishExam: (id: string) => call('school', 'publishExam', { id }),
};

/** The organisations an admin writes for: their own and every one under it, widest first. */
export const useAdminOrgs = (rootId: string) => useCloud('member', 'orgTree', { rootId });
