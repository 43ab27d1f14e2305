import { defineFunction } from '../_shared/router';
import { course, courses, home } from './actions/courses';
import { answerDaily, dailyQuiz } from './actions/daily';
import { exams, startExam, submitExam } from './actions/exams';
import { branchHours, myHours, recordOffline } from './actions/hours';
import { branchNotes, deleteNote, myNotes, saveNote } from './actions/notes';
import { heartbeat, openLesson } from './actions/study';

/** 微党校: courses and verified study time, 学时, exams held by the server, the daily quiz, study notes. */
export const main = defineFunction('school', {
  home,
  courses,
  course,
  openLesson,
  heartbeat,
  myHours,
  branchHours,
  recordOffline,
  exams,
  startExam,
  submitExam,
  dailyQuiz,
  answerDaily,
  saveNote,
  deleteNote,
  myNotes,
  branchNotes,
});
