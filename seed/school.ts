import dayjs from 'dayjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type {
  CourseDoc,
  ExamDoc,
  LessonDoc,
  PracticeBankDoc,
  QuestionDoc,
} from '../typings/documents';
import { COLLECTIONS } from '../cloudfunctions/_shared/collections';
import { editKeyOf, listKeyOf } from '../cloudfunctions/school/keys';
import { articleSeconds } from '../cloudfunctions/school/rules/study-time';
import { toExamQuestion } from '../cloudfunctions/school/views';
import { toFileId } from '../emulator/storage/cloud-path';
import type { SeedTarget } from './demo';
import { demoQuestions } from './school-questions';

/** Where the seed puts files: the local cloud's storage, as the functions would find them. */
export interface SeedFiles {
  put(cloudPath: string, content: Buffer): Promise<void>;
}

/**
 * The demo media, made for the project with ffmpeg (a 60 s test card with a tone, a 60 s tone):
 * `ffmpeg -f lavfi -i testsrc=size=160x90:rate=5:duration=60 -f lavfi -i sine=frequency=440:duration=60:sample_rate=8000 -c:v libx264 -crf 42 -pix_fmt yuv420p -c:a aac -b:a 8k -ac 1 -movflags +faststart lesson-video.mp4`.
 */
const ASSETS = join(__dirname, 'assets');
const MEDIA_SECONDS = 60;

type OrgRef = { id: string; path: string; name: string };
const ROOT: OrgRef = { id: 'org-root', path: '/org-root/', name: '华北能源集团有限公司党委' };
const PROD: OrgRef = { id: 'org-zz-prod', path: '/org-root/org-zz-prod/', name: '生产运营党总支' };
const OFFICE: OrgRef = {
  id: 'org-b-office',
  path: '/org-root/org-zz-hq/org-b-office/',
  name: '综合办公室党支部',
};
const MINE1: OrgRef = {
  id: 'org-b-mine1',
  path: '/org-root/org-zz-prod/org-b-mine1/',
  name: '第一采区党支部',
};

const paragraphs = (texts: string[]) => texts.map((t) => `<p>${t}</p>`).join('');

const ARTICLE_1 = [
  '党的二十届四中全会深入分析了当前形势，对推进中国式现代化作出了战略部署。',
  '广大党员要把学习贯彻全会精神作为当前和今后一个时期的重要政治任务，原原本本学、联系实际学。',
  '各党支部要结合“三会一课”、主题党日，组织党员集中学习研讨，做到学思用贯通、知信行统一。',
  '要把学习成果转化为推动安全生产、改革发展的实际成效，以实干实绩检验学习成效。',
];
const ARTICLE_2 = [
  '《中国共产党支部工作条例（试行）》对党支部的组织设置、基本任务、工作机制作出了规定。',
  '党支部党员大会一般每季度召开1次，支部委员会会议一般每月召开1次，党小组会一般每月召开1次，党课一般每季度至少1次。',
  '党支部每月相对固定1天开展主题党日，组织党员集中学习、过组织生活、进行民主议事和志愿服务。',
];
const ARTICLE_3 = [
  '党员每年集中学习培训时间一般不少于32学时，基层党组织书记和班子成员不少于56学时。',
  '学时按自然年度计算，线上学习按真实学习时长认定，线下培训由支部登记。',
];

interface CoursePlan {
  id: string;
  title: string;
  description: string;
  scope: OrgRef;
  assignTo?: OrgRef;
  lessons: Omit<LessonDoc, '_id' | 'courseId' | 'scopePath' | 'published' | 'order'>[];
}

function plans(): CoursePlan[] {
  const article = (title: string, texts: string[]) => ({
    kind: 'article' as const,
    title,
    fileID: null,
    body: paragraphs(texts),
    durationSeconds: articleSeconds(texts.join('').length),
  });
  const media = (kind: 'video' | 'audio', title: string, cloudPath: string) => ({
    kind,
    title,
    fileID: toFileId(cloudPath),
    body: null,
    durationSeconds: MEDIA_SECONDS,
  });
  return [
    {
      id: 'course-plenum',
      title: '学习贯彻党的二十届四中全会精神',
      description: '集团党委部署的专题学习：视频辅导、音频解读和文件原文。',
      scope: ROOT,
      assignTo: OFFICE,
      lessons: [
        media('video', '专题辅导：全会精神要点', 'school/lessons/lesson-plenum-video.mp4'),
        media('audio', '音频解读：以实干实绩推进现代化', 'school/lessons/lesson-plenum-audio.m4a'),
        article('原文学习：全会精神摘编', ARTICLE_1),
      ],
    },
    {
      id: 'course-branch-rules',
      title: '《中国共产党支部工作条例》解读',
      description: '三会一课、主题党日和组织生活会，逐条讲清。',
      scope: ROOT,
      lessons: [article('三会一课怎么开', ARTICLE_2), article('学时怎么算', ARTICLE_3)],
    },
    {
      id: 'course-safety',
      title: '党建引领安全生产',
      description: '生产运营党总支的专题课程。',
      scope: PROD,
      lessons: [media('video', '安全生产中的党员先锋岗', 'school/lessons/lesson-safety-video.mp4')],
    },
  ];
}

/** Courses with lessons (a playable video, an audio, articles), a 60-question bank and open exams. */
export async function seedSchool(target: SeedTarget, now: Date, files?: SeedFiles): Promise<void> {
  const courses: CourseDoc[] = [];
  const lessons: LessonDoc[] = [];
  const deadline = dayjs(now).add(8, 'hour').endOf('month').format('YYYY-MM-DD');
  plans().forEach((plan, i) => {
    const published = new Date(now.getTime() - (i + 1) * 86_400_000);
    const own = plan.lessons.map((l, order) => ({
      ...l,
      _id: `${plan.id}-l${order + 1}`,
      courseId: plan.id,
      scopePath: plan.scope.path,
      published: true,
      order,
    }));
    lessons.push(...own);
    courses.push({
      _id: plan.id,
      title: plan.title,
      description: plan.description,
      cover: null,
      scopeId: plan.scope.id,
      scopePath: plan.scope.path,
      scopeName: plan.scope.name,
      status: 'published',
      lessonCount: own.length,
      durationSeconds: own.reduce((sum, l) => sum + l.durationSeconds, 0),
      assignment: plan.assignTo
        ? {
            orgId: plan.assignTo.id,
            orgPath: plan.assignTo.path,
            orgName: plan.assignTo.name,
            deadline,
          }
        : null,
      assignedOrgId: plan.assignTo?.id ?? null,
      listKey: listKeyOf(published, plan.id),
      editKey: editKeyOf(plan.scope.path, published, plan.id),
      createdAt: published,
      updatedAt: published,
    });
  });

  const questions = demoQuestions(now);
  const bank: PracticeBankDoc = {
    _id: 'practice',
    questionIds: questions.filter((q) => !q.examOnly).map((q) => q._id),
  };
  const exam = (id: string, title: string, scope: OrgRef, paper: QuestionDoc[]): ExamDoc => ({
    _id: id,
    title,
    scopeId: scope.id,
    scopePath: scope.path,
    scopeName: scope.name,
    status: 'published',
    questionIds: paper.map((q) => q._id),
    picks: [],
    questionCount: paper.length,
    timeLimitMinutes: 30,
    passMark: 60,
    attemptsAllowed: 2,
    opensAt: new Date(now.getTime() - 86_400_000),
    closesAt: new Date(now.getTime() + 30 * 86_400_000),
    editKey: editKeyOf(scope.path, now, id),
    createdAt: now,
    bank: { questions: paper.map(toExamQuestion), pools: {} },
  });
  const exams = [
    exam(
      'exam-office',
      '支部工作条例与学时要求测试',
      OFFICE,
      questions
        .filter((q) => q.tags.some((t) => t === '支部条例' || t === '教育管理'))
        .slice(0, 10),
    ),
    exam(
      'exam-mine1',
      '党章党规知识测试',
      MINE1,
      questions.filter((q) => q.tags[0] === '党章'),
    ),
  ];

  await target.insertMany(COLLECTIONS.schoolCourses.name, courses);
  await target.insertMany(COLLECTIONS.schoolLessons.name, lessons);
  await target.insertMany(COLLECTIONS.schoolQuestions.name, questions);
  await target.insertMany(COLLECTIONS.schoolBank.name, [bank]);
  await target.insertMany(COLLECTIONS.schoolExams.name, exams);
  if (!files) return;
  const video = readFileSync(join(ASSETS, 'lesson-video.mp4'));
  const audio = readFileSync(join(ASSETS, 'lesson-audio.m4a'));
  await files.put('school/lessons/lesson-plenum-video.mp4', video);
  await files.put('school/lessons/lesson-plenum-audio.m4a', audio);
  await files.put('school/lessons/lesson-safety-video.mp4', video);
}
