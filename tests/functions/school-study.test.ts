import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { schoolProbe } from '../support/school';

// Verified study time through the real SDK (docs/domain.md §7.6): the clock is the local
// cloud's, moved by the test; beats are driven, never slept for.
let t: TestCloud;
let probe: ReturnType<typeof schoolProbe>;
let memberId: string;
const VIDEO = 'course-plenum-l1';

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-06T10:00:00+08:00' });
  probe = schoolProbe(t);
  memberId = await t.memberId(ID.member);
});
afterAll(() => t.close());

const beat = (sessionId: string, seq: number, position: number, playing = true) =>
  t.call(ID.member, 'school', 'heartbeat', { lessonId: VIDEO, sessionId, seq, position, playing });
const advance = (seconds: number) => t.cloud.clock.advance(seconds * 1000);

describe('courses and lessons in scope', () => {
  it('lists the courses of the member’s organisations, the assigned one with its deadline', async () => {
    const page = ok(await t.call(ID.member, 'school', 'courses', {}));
    const ids = page.items.map((c) => c._id).sort();
    expect(ids).toEqual(['course-branch-rules', 'course-plenum']);
    expect(page.nextCursor).toBeNull();
    expect(page.items.find((c) => c._id === 'course-plenum')!.deadline).toBe('2026-12-31');
    const home = ok(await t.call(ID.member, 'school', 'home', {}));
    expect(home.assigned.map((c) => c._id)).toEqual(['course-plenum']);
  });

  it('refuses a member outside the scope the course, its lesson and its file link', async () => {
    expect(code(await t.call(ID.member, 'school', 'course', { id: 'course-safety' }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await t.call(ID.member, 'school', 'openLesson', { id: 'course-safety-l1' }))).toBe(
      'FORBIDDEN',
    );
    const inside = ok(await t.call(ID.member2, 'school', 'openLesson', { id: 'course-safety-l1' }));
    expect(inside.url).toMatch(/^http/);
  });

  it('opens a playable video by a short-lived link', async () => {
    const lesson = ok(await t.call(ID.member, 'school', 'openLesson', { id: VIDEO }));
    expect(lesson).toMatchObject({ kind: 'video', durationSeconds: 60, position: 0, watched: 0 });
    const res = await fetch(lesson.url!);
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(4, 8).toString()).toBe('ftyp');
  });

  it('answers bad input with INVALID_ARGUMENT naming the field', async () => {
    const bad = await t.call(ID.member, 'school', 'heartbeat', {
      lessonId: VIDEO,
      sessionId: 's',
      seq: 0,
      position: 1,
      playing: true,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'seq' } });
    expect(
      await t.post('school', { action: 'courses', data: { cursor: 5 } }, ID.member),
    ).toMatchObject({ body: { ok: false, error: { code: 'INVALID_ARGUMENT', field: 'cursor' } } });
  });
});

describe('heartbeats credit verified time once', () => {
  it('credits playing time on the server’s clock, nothing for a seek, a pause or another device', async () => {
    const { sessionId } = ok(await t.call(ID.member, 'school', 'openLesson', { id: VIDEO }));
    expect(ok(await beat(sessionId, 1, 0)).credited).toBe(0);
    advance(15);
    expect(ok(await beat(sessionId, 2, 15)).credited).toBeCloseTo(15, 0);
    advance(10);
    // The client claims 15 s; the server saw 10.
    expect(ok(await beat(sessionId, 3, 27)).credited).toBeCloseTo(10, 0);
    advance(15);
    expect(ok(await beat(sessionId, 4, 58)).credited).toBe(0);
    advance(15);
    expect(ok(await beat(sessionId, 5, 58, false)).credited).toBe(0);
    advance(600);
    expect(ok(await beat(sessionId, 6, 58)).credited).toBe(0);

    const other = ok(await t.call(ID.member, 'school', 'openLesson', { id: VIDEO }));
    expect(other.position).toBe(58);
    advance(15);
    expect(ok(await beat(sessionId, 7, 73))).toMatchObject({ credited: 0, active: false });
    expect((await probe.year(memberId))!.onlineSeconds).toBeCloseTo(25, 0);
  });

  it('credits 100 replays of one beat, sent in parallel, once', async () => {
    const { sessionId } = ok(await t.call(ID.member, 'school', 'openLesson', { id: VIDEO }));
    const before = (await probe.year(memberId))!.onlineSeconds;
    await beat(sessionId, 1, 0);
    advance(15);
    // Every instance of the function warm, so the replays really run side by side.
    await Promise.all(Array.from({ length: 8 }, () => t.call(ID.member, 'school', 'myHours', {})));
    const replies = await Promise.all(Array.from({ length: 100 }, () => beat(sessionId, 2, 15)));
    const credited = replies.map((r) => ok(r).credited).filter((c) => c > 0);
    expect(credited).toHaveLength(1);
    expect(credited[0]).toBeCloseTo(15, 0);
    expect((await probe.year(memberId))!.onlineSeconds).toBeCloseTo(before + credited[0], 5);
  });

  it('completes the lesson at 90% watched and awards complete_lesson once', async () => {
    const { sessionId } = ok(await t.call(ID.member, 'school', 'openLesson', { id: VIDEO }));
    let seq = 1;
    let position = 0;
    await beat(sessionId, seq++, position);
    let completed = false;
    while (!completed) {
      advance(15);
      position += 15;
      completed = ok(await beat(sessionId, seq++, position)).completed;
    }
    expect(position).toBeLessThanOrEqual(60);
    advance(15);
    await beat(sessionId, seq++, position + 15);
    const course = ok(await t.call(ID.member, 'school', 'course', { id: 'course-plenum' }));
    expect(course.lessons[0]).toMatchObject({ _id: VIDEO, completed: true });
    expect(
      (await probe.ledger(memberId, 'complete_lesson')).filter((e) => e.sourceId === VIDEO),
    ).toHaveLength(1);
    expect((await probe.year(memberId))!.lessonsCompleted).toBe(1);
  });
});
