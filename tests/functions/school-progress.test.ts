import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { organisationDoc } from '../../seed/factories';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { schoolProbe } from '../support/school';

// The figures secretaries and admins read (docs/domain.md §7.12), through the real SDK: kept
// where completion and 学时 are recorded, never aggregated from progress on request.
let t: TestCloud;
let probe: ReturnType<typeof schoolProbe>;
let memberId: string;
let memberName: string;
const COURSE = 'course-plenum';
const OFFICE = 'org-b-office';
const LESSONS = ['course-plenum-l1', 'course-plenum-l2', 'course-plenum-l3'];

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-06T10:00:00+08:00' });
  probe = schoolProbe(t);
  const me = ok(await t.call(ID.member, 'member', 'me', {}));
  if (!me.bound) throw new Error('demo-member 未绑定');
  memberId = me.member._id;
  memberName = me.member.name;
});
afterAll(() => t.close());

const advance = (seconds: number) => t.cloud.clock.advance(seconds * 1000);
const progress = () =>
  t.call(ID.secretary, 'school', 'courseProgress', { courseId: COURSE, orgId: OFFICE });

/**
 * Plays a lesson by beats 15 s apart up to the beat that completes it, which goes out `copies`
 * times at once; answers how many of those copies were credited.
 */
async function study(lessonId: string, copies = 1): Promise<number> {
  const opened = ok(await t.call(ID.member, 'school', 'openLesson', { id: lessonId }));
  const beat = (seq: number, position: number) =>
    t.call(ID.member, 'school', 'heartbeat', {
      lessonId,
      sessionId: opened.sessionId,
      seq,
      position,
      playing: true,
    });
  let seq = 1;
  let position = 0;
  let watched = ok(await beat(seq++, position)).watched;
  while (watched + 16 < 0.9 * opened.durationSeconds) {
    advance(15);
    position += 15;
    watched = ok(await beat(seq++, position)).watched;
  }
  advance(15);
  position += 15;
  const replies = await Promise.all(Array.from({ length: copies }, () => beat(seq, position)));
  const counted = replies.filter((r) => ok(r).credited > 0);
  expect(counted.every((r) => ok(r).completed)).toBe(true);
  return counted.length;
}

/** A draft course of the enterprise assigned to `orgId`, with one article lesson; `key` names its requests. */
async function assignedCourse(key: string, title: string, orgId: string) {
  const course = ok(
    await t.call(ID.admin, 'school', 'saveCourse', {
      requestId: `progress-course-${key}`,
      title,
      description: '各支部必学。',
      cover: null,
      scopeId: 'org-root',
      assignment: { orgId, deadline: '2026-12-31' },
    }),
  );
  ok(
    await t.call(ID.admin, 'school', 'saveLesson', {
      courseId: course._id,
      requestId: `progress-lesson-${key}`,
      title: '原文学习',
      content: { kind: 'article', body: '<p>党员要学思践悟、知行合一。</p>' },
    }),
  );
  return course;
}

describe('an assigned course’s completion in the branch', () => {
  it('starts with every member of the branch assigned and none done', async () => {
    const figure = ok(await progress());
    expect(figure).toMatchObject({
      title: '学习贯彻党的二十届四中全会精神',
      completed: 0,
      percent: 0,
    });
    expect(figure.assigned).toBe(14);
    expect(figure.behind).toHaveLength(14);
    expect(figure.behind.map((m) => m.name)).toContain(memberName);
  });

  // Three lessons played beat by beat: slow on a busy machine, hence the longer timeout.
  it('counts the member once when the last lesson completes, however often it is sent', async () => {
    await study(LESSONS[0]);
    await study(LESSONS[1]);
    // A lesson short of the course: not counted yet.
    expect(ok(await progress()).completed).toBe(0);
    // Every instance warm, so the twenty copies of the completing beat really race.
    await Promise.all(Array.from({ length: 8 }, () => t.call(ID.member, 'school', 'myHours', {})));
    expect(await study(LESSONS[2], 20)).toBe(1);
    const figure = ok(await progress());
    expect(figure).toMatchObject({ assigned: 14, completed: 1, percent: 7 });
    expect(figure.behind).toHaveLength(13);
    expect(figure.behind.map((m) => m.name)).not.toContain(memberName);

    // Studied again to the end in a new session: the lesson is already complete, nothing moves.
    await study(LESSONS[2]);
    expect(ok(await progress()).completed).toBe(1);
    const branch = ok(await t.call(ID.secretary, 'school', 'branchStudy', { orgId: OFFICE }));
    expect(branch.courses).toEqual([
      expect.objectContaining({ courseId: COURSE, assigned: 14, completed: 1 }),
    ]);
  }, 180_000);

  it('is for those who manage the branch', async () => {
    expect(
      code(
        await t.call(ID.member, 'school', 'courseProgress', { courseId: COURSE, orgId: OFFICE }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(
        await t.call(ID.prodAdmin, 'school', 'courseProgress', { courseId: COURSE, orgId: OFFICE }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      ok(await t.call(ID.admin, 'school', 'courseProgress', { courseId: COURSE, orgId: OFFICE }))
        .completed,
    ).toBe(1);
    // Another branch's figure is not the secretary's.
    await probe.db.collection('school_course_branches').add({
      data: {
        _id: `${COURSE}:org-b-mine1`,
        courseId: COURSE,
        courseTitle: '学习贯彻党的二十届四中全会精神',
        deadline: '2026-12-31',
        lessonCount: 3,
        orgId: 'org-b-mine1',
        orgPath: '/org-root/org-zz-prod/org-b-mine1/',
        orgName: '第一采区党支部',
        assigned: 0,
        completed: 0,
        members: {},
        listKey: `2026-12-31|${COURSE}`,
        updatedAt: new Date(),
      },
    });
    const other = { courseId: COURSE, orgId: 'org-b-mine1' };
    expect(code(await t.call(ID.secretary, 'school', 'courseProgress', other))).toBe('FORBIDDEN');
    expect(
      code(
        await t.call(ID.secretary, 'school', 'remindCourse', {
          ...other,
          requestId: 'remind-other-01',
        }),
      ),
    ).toBe('FORBIDDEN');
    expect(
      code(await t.call(ID.secretary, 'school', 'branchStudy', { orgId: 'org-b-mine1' })),
    ).toBe('FORBIDDEN');
    expect(
      code(
        await t.call(ID.secretary, 'school', 'courseProgress', {
          courseId: 'no-such',
          orgId: OFFICE,
        }),
      ),
    ).toBe('NOT_FOUND');
  });
});

describe('a course assigned by its admin', () => {
  it('gives every branch under the assignment its figure on publishing, and takes it away on withdrawing', async () => {
    const course = await assignedCourse('01', '安全生产专题学习', 'org-zz-prod');
    const mine = { courseId: course._id, orgId: 'org-b-mine1' };
    // A draft is nobody's yet.
    expect(code(await t.call(ID.prodAdmin, 'school', 'courseProgress', mine))).toBe('NOT_FOUND');
    ok(await t.call(ID.admin, 'school', 'publishCourse', { id: course._id, published: true }));
    const figure = ok(await t.call(ID.prodAdmin, 'school', 'courseProgress', mine));
    expect(figure).toMatchObject({ title: '安全生产专题学习', assigned: 18, completed: 0 });
    expect(figure.behind).toHaveLength(18);
    // Outside the assignment: no figure.
    expect(
      code(
        await t.call(ID.secretary, 'school', 'courseProgress', {
          courseId: course._id,
          orgId: OFFICE,
        }),
      ),
    ).toBe('NOT_FOUND');
    ok(await t.call(ID.admin, 'school', 'publishCourse', { id: course._id, published: false }));
    expect(code(await t.call(ID.prodAdmin, 'school', 'courseProgress', mine))).toBe('NOT_FOUND');
  });
});

describe('the one-tap reminder', () => {
  it('reaches exactly those not done, once per request, and says who WeChat reaches', async () => {
    const { templateIds } = ok(await t.call(ID.secretary, 'notice', 'templates', {}));
    ok(
      await t.call(ID.secretary, 'notice', 'subscribe', {
        templateIds,
        accepted: templateIds,
      }),
    );
    const remind = () =>
      t.call(ID.secretary, 'school', 'remindCourse', {
        courseId: COURSE,
        orgId: OFFICE,
        requestId: 'remind-plenum-0001',
      });
    const replies = await Promise.all([remind(), remind(), remind()]);
    for (const reply of replies)
      expect(ok(reply)).toEqual({ recipients: 13, wechat: 1, inboxOnly: 12 });
    expect(ok(await remind())).toEqual({ recipients: 13, wechat: 1, inboxOnly: 12 });

    const { data: inbox } = (await probe.db
      .collection('notice_inbox')
      .where({ noticeId: `${await t.memberId(ID.secretary)}-remind-plenum-0001` })
      .limit(100)
      .get()) as unknown as { data: { memberId: string; noticeId: string }[] };
    const behind = ok(await progress()).behind.map((m) => m.memberId);
    expect(inbox.map((e) => e.memberId).sort()).toEqual([...behind].sort());
    expect(inbox.map((e) => e.memberId)).not.toContain(memberId);

    const notice = ok(await t.call(ID.member2, 'notice', 'inbox', {}));
    expect(notice.items.some((n) => n.title.includes('学习贯彻党的二十届四中全会精神'))).toBe(
      false,
    );
  });
});

describe('学时 against pace on the branch', () => {
  it('counts members behind today’s pace from the maintained year, moved by offline 学时', async () => {
    const before = ok(await t.call(ID.secretary, 'school', 'branchStudy', { orgId: OFFICE }));
    // 6 December: the pace of 32 学时 is 29.8, of 56 is 52.1: everyone is behind.
    expect(before).toMatchObject({ members: 14, behindPace: 14, year: 2026 });
    const branchYear = () =>
      probe.get<{ members: Record<string, { onlineSeconds: number; offline: number }> }>(
        'school_branch_years',
        `2026:${OFFICE}`,
      );
    // Under a tenth of a 学时 studied so far: no line moved yet.
    expect(await branchYear()).toBeNull();

    // A beat that takes the year over 270 s (0.1 学时) sets the member's line.
    await probe.db
      .collection('school_member_years')
      .doc(`2026:${memberId}`)
      .update({ data: { onlineSeconds: 265 } });
    const lessonId = 'course-branch-rules-l1';
    const { sessionId } = ok(await t.call(ID.member, 'school', 'openLesson', { id: lessonId }));
    const beat = (seq: number, position: number) =>
      t.call(ID.member, 'school', 'heartbeat', {
        lessonId,
        sessionId,
        seq,
        position,
        playing: true,
      });
    await beat(1, 0);
    advance(15);
    expect(ok(await beat(2, 15)).credited).toBeGreaterThan(5);
    const year = await branchYear();
    expect(Object.keys(year!.members)).toHaveLength(14);
    expect(year!.members[memberId].onlineSeconds).toBeGreaterThanOrEqual(270);

    ok(
      await t.call(ID.secretary, 'school', 'recordOffline', {
        memberId,
        title: '集中轮训',
        date: '2026-11-20',
        hours: 30,
        requestId: 'offline-pace-0001',
      }),
    );
    expect((await branchYear())!.members[memberId].offline).toBe(30);
    const after = ok(await t.call(ID.secretary, 'school', 'branchStudy', { orgId: OFFICE }));
    expect(after.behindPace).toBe(13);
  });
});

describe('the admin’s overview of the subtree', () => {
  it('is of the admin’s own subtree only', async () => {
    const prod = ok(
      await t.call(ID.prodAdmin, 'school', 'studyOverview', { orgId: 'org-zz-prod' }),
    );
    expect(prod.items.length).toBeGreaterThan(0);
    expect(prod.items.every((r) => r.orgId.startsWith('org-b-'))).toBe(true);
    expect(prod.items.map((r) => r.orgId)).not.toContain(OFFICE);
    expect(code(await t.call(ID.prodAdmin, 'school', 'studyOverview', { orgId: 'org-root' }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.call(ID.member, 'school', 'studyOverview', { orgId: OFFICE }))).toBe(
      'FORBIDDEN',
    );
  });

  it('pages branches × courses and the 学时 bands', async () => {
    const rows = [];
    let cursor: string | undefined;
    do {
      const page = ok(
        await t.call(ID.admin, 'school', 'studyOverview', {
          orgId: 'org-root',
          ...(cursor ? { cursor } : {}),
        }),
      );
      rows.push(...page.items);
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const office = rows.find((r) => r.orgId === OFFICE)!;
    expect(office.courses).toEqual([
      expect.objectContaining({ courseId: COURSE, completed: 1, assigned: 14 }),
    ]);
    expect(office.bands.map((b) => b.count)).toEqual([13, 0, 0, 1, 0]);
    expect(office.bands[3]).toMatchObject({ from: 24, to: 32 });
    expect(office.behindPace).toBe(13);
    expect(new Set(rows.map((r) => r.orgId)).size).toBe(rows.length);
  });

  it('exports every member’s year for 民主评议, named for what it holds', async () => {
    const reply = ok(await t.call(ID.secretary, 'school', 'exportStudy', { orgId: OFFICE }));
    expect(reply.fileName).toBe('2026年度学习情况-综合办公室党支部.xlsx');
    const file = await fetch(reply.url);
    expect(file.status).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await file.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.rowCount).toBe(15);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual([
      '姓名',
      '所在支部',
      '线上学时',
      '线下学时',
      '合计学时',
      '应修学时',
      '是否达标',
      '指派课程完成',
      '未完成课程',
    ]);
    const rows = Array.from({ length: 14 }, (_, i) =>
      (sheet.getRow(i + 2).values as unknown[]).slice(1),
    );
    const mine = rows.find((r) => r[0] === memberName)!;
    expect(mine.slice(1, 8)).toEqual([
      '综合办公室党支部',
      expect.any(Number),
      30,
      expect.any(Number),
      32,
      '否',
      '1/1',
    ]);
    expect(mine[2]).toBe(0.1);
    expect(mine[4]).toBe(30.1);
    expect(rows.filter((r) => r[7] === '0/1')).toHaveLength(13);
    expect(code(await t.call(ID.secretary, 'school', 'exportStudy', { orgId: 'org-root' }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('a member moving between branches', () => {
  it('leaves the old branch’s figures and joins the new one’s, done where they completed', async () => {
    const figures = () =>
      probe.get<{ members: Record<string, unknown> }>('school_branch_years', `2026:${OFFICE}`);
    ok(await t.call(ID.admin, 'member', 'move', { id: memberId, orgId: 'org-b-finance' }));
    const away = ok(await progress());
    expect(away).toMatchObject({ assigned: 13, completed: 0 });
    expect((await figures())!.members[memberId]).toBeUndefined();

    ok(await t.call(ID.admin, 'member', 'move', { id: memberId, orgId: OFFICE }));
    const back = ok(await progress());
    expect(back).toMatchObject({ assigned: 14, completed: 1 });
    expect(back.behind.map((m) => m.memberId)).not.toContain(memberId);
    expect((await figures())!.members[memberId]).toMatchObject({ offline: 30 });
  });
});

describe('a lesson added to a published assigned course', () => {
  it('counts the branch again: done again only with the new lesson completed', async () => {
    expect(ok(await progress())).toMatchObject({ assigned: 14, completed: 1 });
    const add = () =>
      t.call(ID.admin, 'school', 'saveLesson', {
        courseId: COURSE,
        requestId: 'progress-lesson-02',
        title: '全会精神问答',
        content: { kind: 'article', body: '<p>全会精神学习问答。</p>' },
      });
    const [added] = await Promise.all([add(), add()]);
    const lesson = ok(added).lessons.at(-1)!;
    expect(ok(added).lessons).toHaveLength(LESSONS.length + 1);
    const figure = ok(await progress());
    expect(figure).toMatchObject({ assigned: 14, completed: 0 });
    expect(figure.behind.map((m) => m.memberId)).toContain(memberId);

    await study(lesson._id);
    expect(ok(await progress())).toMatchObject({ assigned: 14, completed: 1 });
  }, 120_000);
});

describe('a course assigned to a 总支 of more than a thousand branches', () => {
  const figuresOf = async (courseId: string) =>
    (
      (await probe.db.collection('school_course_branches').where({ courseId }).count()) as {
        total: number;
      }
    ).total;
  const runTimer = async () =>
    JSON.parse((await t.cloud.functions.runTimer('school')).json) as { built: number };

  it('builds the first branches’ figures on publishing and the rest on the timer', async () => {
    const zz = organisationDoc({
      _id: 'org-zz-big',
      type: '党总支',
      name: '大型党总支',
      under: '/org-root/',
    });
    const branches = Array.from({ length: 1005 }, (_, i) =>
      organisationDoc({
        _id: `org-big-${String(i).padStart(4, '0')}`,
        type: '党支部',
        name: `第${i + 1}党支部`,
        under: zz.path,
      }),
    );
    t.cloud.db.insertMany('organisations', [zz, ...branches]);
    const course = await assignedCourse('big', '党的创新理论学习', zz._id);
    ok(await t.call(ID.admin, 'school', 'publishCourse', { id: course._id, published: true }));
    expect(await figuresOf(course._id)).toBe(200);
    const last = { courseId: course._id, orgId: 'org-big-1004' };
    expect(await t.call(ID.admin, 'school', 'courseProgress', last)).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT', message: '完成情况正在统计，请稍后再看' },
    });

    expect(await runTimer()).toEqual({ built: 800 });
    expect(await figuresOf(course._id)).toBe(1000);
    expect(await runTimer()).toEqual({ built: 5 });
    expect(await figuresOf(course._id)).toBe(1005);
    expect(ok(await t.call(ID.admin, 'school', 'courseProgress', last))).toMatchObject({
      assigned: 0,
      completed: 0,
    });
    expect(await runTimer()).toEqual({ built: 0 });
  }, 60_000);

  it('stops a run when the course is withdrawn; of two at once, one builds every branch', async () => {
    const { data } = (await probe.db
      .collection('school_courses')
      .where({ title: '党的创新理论学习' })
      .get()) as { data: { _id: string }[] };
    const id = data[0]._id;
    ok(await t.call(ID.admin, 'school', 'publishCourse', { id, published: false }));
    ok(await t.call(ID.admin, 'school', 'publishCourse', { id, published: true }));
    expect(await figuresOf(id)).toBe(200);
    ok(await t.call(ID.admin, 'school', 'publishCourse', { id, published: false }));
    expect(await runTimer()).toEqual({ built: 0 });
    expect(await figuresOf(id)).toBe(0);

    // Published twice at once (a resent tap): one run wins, and every branch has its figure.
    await Promise.all(
      [1, 2].map(() => t.call(ID.admin, 'school', 'publishCourse', { id, published: true })),
    );
    while ((await runTimer()).built > 0);
    expect(await figuresOf(id)).toBe(1005);
  }, 60_000);
});
