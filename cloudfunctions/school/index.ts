import * as clock from '../_shared/clock';
import { defineFunction } from '../_shared/router';
import { platformTimer } from '../_shared/timer';
import {
  adminCourse,
  adminCourses,
  publishCourse,
  saveCourse,
  uploadTicket,
} from './actions/authoring-courses';
import { deleteLesson, reorderLessons, saveLesson } from './actions/authoring-lessons';
import { course, courses, home } from './actions/courses';
import { saveAnswer } from './actions/answers';
import { answerDaily, dailyQuiz } from './actions/daily';
import { examReview, exams, startExam, submitExam } from './actions/exams';
import { adminExam, adminExams, publishExam, saveExam } from './actions/exams-edit';
import { exportStudy } from './actions/export-study';
import {
  branchHours,
  myHours,
  offlineRecords,
  offlineTicket,
  recordOffline,
} from './actions/hours';
import { branchNotes, deleteNote, myNotes, saveNote } from './actions/notes';
import { branchStudy, courseProgress, remindCourse, studyOverview } from './actions/progress';
import { importOffline, offlineTemplate } from './actions/offline-import';
import { importQuestions, questionTemplate } from './actions/questions';
import { deleteQuestion, questionBank, saveQuestion } from './actions/questions-edit';
import { hoursSettingsAction, saveHoursSettings } from './actions/settings';
import { heartbeat, openLesson } from './actions/study';
import { practiseWrong, wrongBook } from './actions/wrong';
import { continueFigures } from './progress/course-figures';

const api = defineFunction('school', {
  home,
  courses,
  course,
  openLesson,
  heartbeat,
  myHours,
  branchHours,
  recordOffline,
  offlineTicket,
  offlineRecords,
  importOffline,
  offlineTemplate,
  hoursSettings: hoursSettingsAction,
  saveHoursSettings,
  exams,
  startExam,
  submitExam,
  saveAnswer,
  examReview,
  dailyQuiz,
  answerDaily,
  saveNote,
  deleteNote,
  myNotes,
  branchNotes,
  wrongBook,
  practiseWrong,
  importQuestions,
  questionTemplate,
  uploadTicket,
  adminCourses,
  adminCourse,
  saveCourse,
  saveLesson,
  deleteLesson,
  reorderLessons,
  publishCourse,
  questions: questionBank,
  saveQuestion,
  deleteQuestion,
  adminExams,
  adminExam,
  saveExam,
  publishExam,
  branchStudy,
  courseProgress,
  remindCourse,
  studyOverview,
  exportStudy,
});

/**
 * 微党校: courses and verified study time, 学时, exams held by the server, the daily quiz, the
 * wrong-answer book, study notes. The timer trigger builds the branch figures of assigned
 * courses that their publishing call left over.
 */
export async function main(event: unknown) {
  if (platformTimer(event) !== null) return continueFigures(clock.now());
  return api(event);
}
