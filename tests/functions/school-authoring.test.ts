import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { RequestOf } from '../../typings/functions';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { schoolProbe } from '../support/school';
import { uploadAs } from '../support/upload';

// Authoring the school (docs/domain.md §7.11): admins write courses, questions and exams within
// their subtree, through the gateway as the demo identities.
let t: TestCloud;
let probe: ReturnType<typeof schoolProbe>;

const VIDEO = readFileSync(join(__dirname, '../../seed/assets/lesson-video.mp4'));
const OFFICE = 'org-b-office';
const PROD = 'org-zz-prod';

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-06T10:00:00+08:00' });
  probe = schoolProbe(t);
});
afterAll(() => t.close());

let requests = 0;
const requestId = () => `authoring-${String(++requests).padStart(4, '0')}`;

const courseForm = (
  patch: Partial<RequestOf<'school', 'saveCourse'>> = {},
): RequestOf<'school', 'saveCourse'> => ({
  requestId: requestId(),
  title: '学习党的二十届四中全会精神专题',
  description: '支部集中学习的专题课程。',
  cover: null,
  scopeId: OFFICE,
  assignment: { orgId: OFFICE, deadline: '2026-12-31' },
  ...patch,
});

async function uploadVideo(openid: string = ID.admin): Promise<string> {
  const { cloudPath } = ok(await t.call(openid, 'school', 'uploadTicket', { ext: 'mp4' }));
  return uploadAs(t.url, openid, cloudPath, VIDEO);
}

const articleLesson = (courseId: string, body = '<p>党支部每月相对固定1天开展主题党日。</p>') => ({
  courseId,
  requestId: requestId(),
  title: '原文学习',
  content: { kind: 'article' as const, body },
});

async function countOf(collection: string, where: object = {}): Promise<number> {
  const { total } = (await probe.db.collection(collection).where(where).count()) as {
    total: number;
  };
  return total;
}

const memberCourses = async (openid: string) =>
  ok(await t.call(openid, 'school', 'courses', {})).items.map((c) => c._id);

/** Every key anywhere in a JSON value. */
function keysIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysIn);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...keysIn(v)]);
  return [];
}

describe('a course from draft to members', () => {
  let courseId: string;
  let videoLesson: string;
  let articleId: string;

  it('creates a course once however often its form is sent', async () => {
    const form = courseForm();
    const replies = await Promise.all(
      [1, 2, 3].map(() => t.call(ID.admin, 'school', 'saveCourse', form)),
    );
    const ids = new Set(replies.map((r) => ok(r)._id));
    expect(ids.size).toBe(1);
    courseId = [...ids][0];
    expect(ok(replies[0])).toMatchObject({ status: 'draft', lessonCount: 0, scopeId: OFFICE });
    expect(await countOf('school_courses', { _id: courseId })).toBe(1);
    const listed = ok(await t.call(ID.admin, 'school', 'adminCourses', {}));
    expect(listed.items.map((c) => c._id)).toContain(courseId);
  });

  it('adds a video uploaded with a ticket and an article, once each however often resent', async () => {
    const fileID = await uploadVideo();
    const video = {
      courseId,
      requestId: requestId(),
      title: '专题辅导视频',
      content: { kind: 'video' as const, fileID, durationSeconds: 60.4 },
    };
    ok(await t.call(ID.admin, 'school', 'saveLesson', video));
    const again = ok(await t.call(ID.admin, 'school', 'saveLesson', video));
    expect(again.lessons).toHaveLength(1);
    expect(again.lessons[0]).toMatchObject({ kind: 'video', durationSeconds: 60, fileID });
    videoLesson = again.lessons[0]._id;

    const withArticle = ok(
      await t.call(
        ID.admin,
        'school',
        'saveLesson',
        articleLesson(courseId, '<p>主题党日<script>alert(1)</script></p><img src="javascript:x">'),
      ),
    );
    expect(withArticle).toMatchObject({ lessonCount: 2 });
    const article = withArticle.lessons[1];
    articleId = article._id;
    expect(article.kind).toBe('article');
    expect(article.body).toBe('<p>主题党日</p><img>');
    expect(article.durationSeconds).toBe(60);
    expect(withArticle.durationSeconds).toBe(120);
  });

  it('reorders the lessons, and refuses a list that is not the course’s', async () => {
    const reordered = ok(
      await t.call(ID.admin, 'school', 'reorderLessons', {
        courseId,
        lessonIds: [articleId, videoLesson],
      }),
    );
    expect(reordered.lessons.map((l) => [l._id, l.order])).toEqual([
      [articleId, 0],
      [videoLesson, 1],
    ]);
    const bad = await t.call(ID.admin, 'school', 'reorderLessons', {
      courseId,
      lessonIds: [articleId],
    });
    expect(bad).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'lessonIds' },
    });
    const stored = ok(await t.call(ID.admin, 'school', 'adminCourse', { id: courseId }));
    expect(stored.lessons.map((l) => l._id)).toEqual([articleId, videoLesson]);
  });

  it('keeps a draft from members, its lessons too', async () => {
    expect(await memberCourses(ID.member)).not.toContain(courseId);
    expect(code(await t.call(ID.member, 'school', 'course', { id: courseId }))).toBe('NOT_FOUND');
    expect(code(await t.call(ID.member, 'school', 'openLesson', { id: videoLesson }))).toBe(
      'NOT_FOUND',
    );
  });

  it('publishes to the members of its scope, assigned with its deadline, and not beyond', async () => {
    const published = ok(
      await t.call(ID.admin, 'school', 'publishCourse', { id: courseId, published: true }),
    );
    expect(published.status).toBe('published');
    expect(await memberCourses(ID.member)).toContain(courseId);
    const home = ok(await t.call(ID.member, 'school', 'home', {}));
    expect(home.assigned.find((c) => c._id === courseId)?.deadline).toBe('2026-12-31');
    const detail = ok(await t.call(ID.member, 'school', 'course', { id: courseId }));
    expect(detail.lessons.map((l) => l.kind)).toEqual(['article', 'video']);
    const lesson = ok(await t.call(ID.member, 'school', 'openLesson', { id: videoLesson }));
    const res = await fetch(lesson.url!);
    expect(Buffer.from(await res.arrayBuffer()).equals(VIDEO)).toBe(true);

    expect(await memberCourses(ID.member2)).not.toContain(courseId);
    expect(code(await t.call(ID.member2, 'school', 'course', { id: courseId }))).toBe('FORBIDDEN');
  });

  it('withdraws it from members and keeps their progress for when it returns', async () => {
    const { sessionId } = ok(await t.call(ID.member, 'school', 'openLesson', { id: videoLesson }));
    const beat = (seq: number, position: number, playing: boolean) =>
      t.call(ID.member, 'school', 'heartbeat', {
        lessonId: videoLesson,
        sessionId,
        seq,
        position,
        playing,
      });
    ok(await beat(1, 0, true));
    t.cloud.clock.advance(15_000);
    expect(ok(await beat(2, 15, false)).credited).toBeCloseTo(15, 0);

    ok(await t.call(ID.admin, 'school', 'publishCourse', { id: courseId, published: false }));
    expect(await memberCourses(ID.member)).not.toContain(courseId);
    expect(code(await t.call(ID.member, 'school', 'course', { id: courseId }))).toBe('NOT_FOUND');
    expect(code(await t.call(ID.member, 'school', 'openLesson', { id: videoLesson }))).toBe(
      'NOT_FOUND',
    );
    const home = ok(await t.call(ID.member, 'school', 'home', {}));
    expect(home.assigned.map((c) => c._id)).not.toContain(courseId);

    ok(await t.call(ID.admin, 'school', 'publishCourse', { id: courseId, published: true }));
    const back = ok(await t.call(ID.member, 'school', 'course', { id: courseId }));
    expect(back.lessons.find((l) => l._id === videoLesson)?.watched).toBeCloseTo(15, 0);
  });

  it('refuses a secretary and a member, and changes nothing', async () => {
    const before = await countOf('school_courses');
    for (const openid of [ID.secretary, ID.member]) {
      expect(code(await t.call(openid, 'school', 'saveCourse', courseForm()))).toBe('FORBIDDEN');
      expect(
        code(await t.call(openid, 'school', 'publishCourse', { id: courseId, published: false })),
      ).toBe('FORBIDDEN');
      expect(code(await t.call(openid, 'school', 'uploadTicket', { ext: 'mp4' }))).toBe(
        'FORBIDDEN',
      );
    }
    expect(await countOf('school_courses')).toBe(before);
    expect(await memberCourses(ID.member)).toContain(courseId);
  });

  it('holds an admin to their subtree: scope, assignment and others’ courses', async () => {
    const before = await countOf('school_courses');
    expect(
      code(await t.call(ID.prodAdmin, 'school', 'saveCourse', courseForm({ assignment: null }))),
    ).toBe('FORBIDDEN');
    const outside = await t.call(
      ID.prodAdmin,
      'school',
      'saveCourse',
      courseForm({ scopeId: PROD, assignment: { orgId: OFFICE, deadline: '2026-12-31' } }),
    );
    expect(outside).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'assignment.orgId' },
    });
    expect(code(await t.call(ID.prodAdmin, 'school', 'adminCourse', { id: courseId }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.call(ID.prodAdmin, 'school', 'saveLesson', articleLesson(courseId)))).toBe(
      'FORBIDDEN',
    );
    const theirs = ok(await t.call(ID.prodAdmin, 'school', 'adminCourses', {}));
    expect(theirs.items.map((c) => c._id)).not.toContain(courseId);
    expect(await countOf('school_courses')).toBe(before);
  });

  it('answers bad lessons with INVALID_ARGUMENT naming the field, and changes nothing', async () => {
    const before = ok(await t.call(ID.admin, 'school', 'adminCourse', { id: courseId }));
    const lessonsBefore = await countOf('school_lessons');
    const othersUpload = await uploadVideo(ID.prodAdmin);
    const { cloudPath } = ok(await t.call(ID.admin, 'school', 'uploadTicket', { ext: 'mp3' }));
    const audioAsVideo = await uploadAs(t.url, ID.admin, cloudPath, VIDEO);
    const cases: [unknown, string][] = [
      [{ kind: 'video', fileID: othersUpload, durationSeconds: 60 }, 'content.fileID'],
      [{ kind: 'video', fileID: audioAsVideo, durationSeconds: 60 }, 'content.fileID'],
      [{ kind: 'video', fileID: await uploadVideo(), durationSeconds: 0 }, 'content'],
      [{ kind: 'audio', fileID: audioAsVideo, durationSeconds: 86_400 }, 'content'],
      [{ kind: 'article', body: '<script>alert(1)</script>' }, 'content.body'],
    ];
    for (const [content, field] of cases) {
      const reply = await t.post(
        'school',
        {
          action: 'saveLesson',
          data: { courseId, requestId: requestId(), title: '课时', content },
        },
        ID.admin,
      );
      expect(reply.body).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
      expect((reply.body as { error: { field: string } }).error.field).toMatch(
        new RegExp(`^${field}`),
      );
    }
    expect(await countOf('school_lessons')).toBe(lessonsBefore);
    expect(ok(await t.call(ID.admin, 'school', 'adminCourse', { id: courseId }))).toEqual(before);
  });
});

describe('the question bank', () => {
  const question = (patch: Partial<RequestOf<'school', 'saveQuestion'>> = {}) => ({
    requestId: requestId(),
    type: 'single' as const,
    stem: '党的纪律处分有几种？',
    options: ['三种', '五种', '七种'],
    answer: ['B'],
    explanation: '警告、严重警告、撤销党内职务、留党察看、开除党籍。',
    tags: ['纪律处分'],
    difficulty: 2 as const,
    examOnly: false,
    ...patch,
  });
  const practice = async () =>
    (await probe.get<{ questionIds: string[] }>('school_bank', 'practice'))!.questionIds;

  it('refuses a question the import would refuse, naming the field, and writes nothing', async () => {
    const before = await countOf('school_questions');
    const cases: [Partial<RequestOf<'school', 'saveQuestion'>>, string][] = [
      [{ answer: ['A', 'B'] }, 'answer'],
      [{ answer: ['D'] }, 'answer'],
      [{ options: ['三种'] }, 'options'],
      [{ stem: '' }, 'stem'],
      [{ tags: [] }, 'tags'],
      [{ type: 'multiple', answer: ['A'] }, 'answer'],
    ];
    for (const [patch, field] of cases) {
      expect(await t.call(ID.admin, 'school', 'saveQuestion', question(patch))).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT', field },
      });
    }
    expect(await countOf('school_questions')).toBe(before);
    expect(code(await t.call(ID.secretary, 'school', 'saveQuestion', question()))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.call(ID.member, 'school', 'questions', {}))).toBe('FORBIDDEN');
  });

  it('creates once, lists by tag and type, edits and deletes, keeping the practice bank', async () => {
    const form = question();
    const [a, b] = await Promise.all([
      t.call(ID.admin, 'school', 'saveQuestion', form),
      t.call(ID.admin, 'school', 'saveQuestion', form),
    ]);
    const created = ok(a);
    expect(ok(b)._id).toBe(created._id);
    expect(created).toMatchObject({
      answer: ['B'],
      options: [
        { key: 'A', text: '三种' },
        { key: 'B', text: '五种' },
        { key: 'C', text: '七种' },
      ],
    });
    expect(await countOf('school_questions', { tags: '纪律处分' })).toBe(1);
    expect(await practice()).toContain(created._id);

    const byTag = ok(await t.call(ID.admin, 'school', 'questions', { tag: '纪律处分' }));
    expect(byTag.items.map((q) => q._id)).toEqual([created._id]);
    const judges = ok(await t.call(ID.admin, 'school', 'questions', { type: 'judge' }));
    expect(judges.items.length).toBeGreaterThan(0);
    expect(judges.items.every((q) => q.type === 'judge')).toBe(true);
    const first = ok(await t.call(ID.admin, 'school', 'questions', {}));
    expect(first.items[0]._id).toBe(created._id);
    const second = ok(await t.call(ID.admin, 'school', 'questions', { cursor: first.nextCursor! }));
    expect(second.items.map((q) => q._id)).not.toContain(created._id);

    const edited = ok(
      await t.call(ID.admin, 'school', 'saveQuestion', {
        ...question({ type: 'judge', stem: '党的纪律处分有五种。', answer: ['T'], examOnly: true }),
        id: created._id,
      }),
    );
    expect(edited).toMatchObject({
      _id: created._id,
      type: 'judge',
      answer: ['T'],
      examOnly: true,
    });
    expect(await practice()).not.toContain(created._id);

    expect(ok(await t.call(ID.admin, 'school', 'deleteQuestion', { id: created._id }))).toEqual({
      deleted: true,
    });
    const after = ok(await t.call(ID.admin, 'school', 'questions', { tag: '纪律处分' }));
    expect(after.items).toEqual([]);
    expect(
      code(await t.call(ID.admin, 'school', 'saveQuestion', { ...question(), id: created._id })),
    ).toBe('NOT_FOUND');
  });
});

describe('an exam drawn by tag', () => {
  const examForm = (
    patch: Partial<RequestOf<'school', 'saveExam'>> = {},
  ): RequestOf<'school', 'saveExam'> => ({
    requestId: requestId(),
    title: '党章与廉政知识测试',
    scopeId: OFFICE,
    paper: {
      kind: 'tags',
      picks: [
        { tag: '党章', count: 4 },
        { tag: '廉政', count: 2 },
      ],
    },
    timeLimitMinutes: 20,
    passMark: 60,
    attemptsAllowed: 2,
    opensAt: '2026-12-06T08:00:00+08:00',
    closesAt: '2026-12-20T20:00:00+08:00',
    ...patch,
  });
  let examId: string;

  it('refuses picks the bank cannot fill and a scope outside the subtree, creating nothing', async () => {
    const before = await countOf('school_exams');
    const short = await t.call(
      ID.admin,
      'school',
      'saveExam',
      examForm({ paper: { kind: 'tags', picks: [{ tag: '党章', count: 90 }] } }),
    );
    expect(short).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'paper.picks' },
    });
    const unknown = await t.call(
      ID.admin,
      'school',
      'saveExam',
      examForm({ paper: { kind: 'fixed', questionIds: ['q-001', 'no-such-question'] } }),
    );
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'paper.questionIds' },
    });
    const backwards = await t.call(
      ID.admin,
      'school',
      'saveExam',
      examForm({ closesAt: '2026-12-01T08:00:00+08:00' }),
    );
    expect(backwards).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', field: 'closesAt' },
    });
    expect(code(await t.call(ID.prodAdmin, 'school', 'saveExam', examForm()))).toBe('FORBIDDEN');
    expect(code(await t.call(ID.secretary, 'school', 'saveExam', examForm()))).toBe('FORBIDDEN');
    expect(await countOf('school_exams')).toBe(before);
  });

  it('keeps a draft from members until it is published', async () => {
    const saved = ok(await t.call(ID.admin, 'school', 'saveExam', examForm()));
    examId = saved._id;
    expect(saved).toMatchObject({ status: 'draft', questionCount: 6 });
    const listed = ok(await t.call(ID.member, 'school', 'exams', {}));
    expect(listed.items.map((e) => e._id)).not.toContain(examId);
    expect(code(await t.call(ID.member, 'school', 'startExam', { examId }))).toBe('NOT_FOUND');
    ok(await t.call(ID.admin, 'school', 'publishExam', { id: examId }));
    const published = ok(await t.call(ID.member, 'school', 'exams', {}));
    expect(published.items.find((e) => e._id === examId)).toMatchObject({ questionCount: 6 });
    expect(code(await t.call(ID.admin, 'school', 'saveExam', { ...examForm(), id: examId }))).toBe(
      'CONFLICT',
    );
  });

  it('gives each member the right count of each tag, without answers, in an order of their own', async () => {
    const tagOf = async (id: string) =>
      (await probe.get<{ tags: string[] }>('school_questions', id))!.tags[0];
    const papers = [];
    for (const openid of [ID.member, ID.secretary]) {
      const paper = ok(await t.call(openid, 'school', 'startExam', { examId }));
      for (const key of ['answer', 'explanation', 'correct'])
        expect(keysIn(paper)).not.toContain(key);
      const tags = await Promise.all(paper.questions.map((q) => tagOf(q._id)));
      expect(tags.filter((tag) => tag === '党章')).toHaveLength(4);
      expect(tags.filter((tag) => tag === '廉政')).toHaveLength(2);
      const stored = await probe.get<{ questionIds: string[] }>('school_attempts', paper.attemptId);
      expect(stored!.questionIds).toEqual(paper.questions.map((q) => q._id));
      // Resuming the attempt gives the same paper.
      const resumed = ok(await t.call(openid, 'school', 'startExam', { examId }));
      expect(resumed.questions.map((q) => q._id)).toEqual(paper.questions.map((q) => q._id));
      papers.push(paper.questions.map((q) => q._id));
    }
    expect(papers[0]).not.toEqual(papers[1]);
    expect(code(await t.call(ID.member2, 'school', 'startExam', { examId }))).toBe('FORBIDDEN');
  });
});

describe('an exam sealed at publication (docs/domain.md §7.11)', () => {
  const form = (patch: Partial<RequestOf<'school', 'saveQuestion'>> = {}) => ({
    requestId: requestId(),
    type: 'single' as const,
    stem: '党员大会一般多久召开一次？',
    options: ['每月', '每季度', '每年'],
    answer: ['B'],
    explanation: '党员大会一般每季度召开1次。',
    tags: ['封存测试'],
    difficulty: 1 as const,
    examOnly: false,
    ...patch,
  });
  const fixedExam = (questionIds: string[]): RequestOf<'school', 'saveExam'> => ({
    requestId: requestId(),
    title: '组织生活知识测试',
    scopeId: OFFICE,
    paper: { kind: 'fixed', questionIds },
    timeLimitMinutes: 20,
    passMark: 60,
    attemptsAllowed: 2,
    opensAt: '2026-12-06T08:00:00+08:00',
    closesAt: '2026-12-20T20:00:00+08:00',
  });

  it('keeps the questions as published: an edit to the bank changes neither paper nor grade', async () => {
    const question = ok(await t.call(ID.admin, 'school', 'saveQuestion', form()));
    const exam = ok(await t.call(ID.admin, 'school', 'saveExam', fixedExam([question._id])));
    ok(await t.call(ID.admin, 'school', 'publishExam', { id: exam._id }));
    ok(
      await t.call(ID.admin, 'school', 'saveQuestion', {
        ...form({ stem: '党小组会一般多久召开一次？', answer: ['A'] }),
        id: question._id,
      }),
    );
    const paper = ok(await t.call(ID.member, 'school', 'startExam', { examId: exam._id }));
    expect(paper.questions[0].stem).toBe('党员大会一般多久召开一次？');
    const graded = ok(
      await t.call(ID.member, 'school', 'submitExam', {
        attemptId: paper.attemptId,
        answers: { [question._id]: ['B'] },
      }),
    );
    expect(graded).toMatchObject({ score: 100, passed: true });
    const review = ok(
      await t.call(ID.member, 'school', 'examReview', { attemptId: paper.attemptId }),
    );
    expect(review.review[0]).toMatchObject({ answer: ['B'], correct: true });
  });

  it('refuses to publish a paper whose question left the bank, and publishes nothing', async () => {
    const question = ok(await t.call(ID.admin, 'school', 'saveQuestion', form()));
    const exam = ok(await t.call(ID.admin, 'school', 'saveExam', fixedExam([question._id])));
    ok(await t.call(ID.admin, 'school', 'deleteQuestion', { id: question._id }));
    expect(code(await t.call(ID.admin, 'school', 'publishExam', { id: exam._id }))).toBe(
      'CONFLICT',
    );
    expect(await probe.get<{ status: string }>('school_exams', exam._id)).toMatchObject({
      status: 'draft',
      bank: null,
    });
  });
});
