import type { RequestOf } from '../../../../typings';
import { call } from '../../lib/cloud';
import { useCloud } from '../../lib/use-cloud';

export const useSchoolHome = () => useCloud('school', 'home', {});
export const useCourse = (id: string) => useCloud('school', 'course', { id });
export const useMyHours = () => useCloud('school', 'myHours', {});
export const useExams = () => useCloud('school', 'exams', {});
export const useExamReview = (attemptId: string) =>
  useCloud('school', 'examReview', { attemptId });
export const useHoursSettings = () => useCloud('school', 'hoursSettings', {});
export const useBranchStudy = (orgId: string) => useCloud('school', 'branchStudy', { orgId });
export const useCourseProgress = (courseId: string, orgId: string) =>
  useCloud('school', 'courseProgress', { courseId, orgId });

export const schoolApi = {
  courses: (cursor: string | undefined) => call('school', 'courses', cursor ? { cursor } : {}),
  openLesson: (id: string) => call('school', 'openLesson', { id }),
  heartbeat: (beat: RequestOf<'school', 'heartbeat'>) => call('school', 'heartbeat', beat),
  startExam: (examId: string) => call('school', 'startExam', { examId }),
  submitExam: (attemptId: string, answers: Record<string, string[]>) =>
    call('school', 'submitExam', { attemptId, answers }),
  saveAnswer: (data: RequestOf<'school', 'saveAnswer'>) => call('school', 'saveAnswer', data),
  examReview: (attemptId: string) => call('school', 'examReview', { attemptId }),
  dailyQuiz: () => call('school', 'dailyQuiz', {}),
  answerDaily: (questionId: string, answer: string[]) =>
    call('school', 'answerDaily', { questionId, answer }),
  branchHours: (orgId: string, cursor: string | undefined) =>
    call('school', 'branchHours', cursor ? { orgId, cursor } : { orgId }),
  recordOffline: (data: RequestOf<'school', 'recordOffline'>) =>
    call('school', 'recordOffline', data),
  offlineTicket: (ext: 'jpg' | 'png') => call('school', 'offlineTicket', { ext }),
  offlineRecords: (memberId: string, cursor: string | undefined) =>
    call('school', 'offlineRecords', cursor ? { memberId, cursor } : { memberId }),
  offlineTemplate: () => call('school', 'offlineTemplate', {}),
  importOffline: (fileID: string, requestId: string) =>
    call('school', 'importOffline', { fileID, requestId }),
  saveHoursSettings: (data: RequestOf<'school', 'saveHoursSettings'>) =>
    call('school', 'saveHoursSettings', data),
  saveNote: (data: RequestOf<'school', 'saveNote'>) => call('school', 'saveNote', data),
  deleteNote: (id: string) => call('school', 'deleteNote', { id }),
  myNotes: (cursor: string | undefined) => call('school', 'myNotes', cursor ? { cursor } : {}),
  branchNotes: (cursor: string | undefined) =>
    call('school', 'branchNotes', cursor ? { cursor } : {}),
  wrongBook: (cursor: string | undefined) => call('school', 'wrongBook', cursor ? { cursor } : {}),
  practiseWrong: (data: RequestOf<'school', 'practiseWrong'>) =>
    call('school', 'practiseWrong', data),
  questionTemplate: () => call('school', 'questionTemplate', {}),
  importQuestions: (fileID: string) => call('school', 'importQuestions', { fileID }),
  remindCourse: (data: RequestOf<'school', 'remindCourse'>) => call('school', 'remindCourse', data),
  studyOverview: (orgId: string, cursor: string | undefined) =>
    call('school', 'studyOverview', cursor ? { orgId, cursor } : { orgId }),
  exportStudy: (orgId: string) => call('school', 'exportStudy', { orgId }),
};
