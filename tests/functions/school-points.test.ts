import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';
import { schoolProbe } from '../support/school';

// study_hour points for verified study (docs/domain.md §7.5): one award per whole 学时 the
// year's time crosses, through the one award routine; a replay never counts twice and an
// award that died after its ledger entry was written is finished by the next beat. The
// enterprise counts 30 minutes a 学时 here, set before any beat.
let t: TestCloud;
let probe: ReturnType<typeof schoolProbe>;
let memberId: string;
let sessionId: string;
let seq = 0;
let position = 0;
const VIDEO = 'course-plenum-l1';
const HOUR = 30 * 60;

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-06T10:00:00+08:00' });
  probe = schoolProbe(t);
  memberId = await t.memberId(ID.member);
  ok(
    await t.call(ID.admin, 'school', 'saveHoursSettings', {
      minutesPerHour: 30,
      memberHours: 32,
      leaderHours: 56,
    }),
  );
  ({ sessionId } = ok(await t.call(ID.member, 'school', 'openLesson', { id: VIDEO })));
  ok(await beat());
});
afterAll(() => t.close());

function beat(at = ++seq) {
  return t.call(ID.member, 'school', 'heartbeat', {
    lessonId: VIDEO,
    sessionId,
    seq: at,
    position,
    playing: true,
  });
}

/** As earlier study left the year: `seconds` verified so far. */
const studied = (seconds: number) =>
  probe.db
    .collection('school_member_years')
    .doc(`2026:${memberId}`)
    .update({ data: { onlineSeconds: seconds } });

/**
 * Fifteen seconds of playback while a little more passes on the server's clock (a function
 * reads it with the few milliseconds of its call): each beat earns the playback's 15 s.
 */
function play() {
  t.cloud.clock.advance(16_000);
  position += 15;
}

const hourEntries = async () =>
  (await probe.ledger(memberId, 'study_hour'))
    .filter((e) => e.sourceId.startsWith('online:'))
    .map((e) => [e.sourceId, e.points])
    .sort();
/** The year's study_hour points on 我的积分 (the lesson's completion earns its own). */
const yearPoints = async () =>
  ok(await t.call(ID.member, 'points', 'me', {})).byRule.find((r) => r.code === 'study_hour')!.year;

describe('study_hour points for verified study', () => {
  it('awards one point as the year crosses a whole 学时, at the enterprise’s conversion', async () => {
    await studied(HOUR - 20);
    const before = await yearPoints();
    play();
    expect(ok(await beat()).credited).toBe(15);
    expect(await hourEntries()).toEqual([]);
    play();
    expect(ok(await beat()).credited).toBe(15);
    expect(await hourEntries()).toEqual([['online:2026:1', 1]]);
    expect(await yearPoints()).toBe(before + 1);
  });

  it('counts a replayed beat once, however many arrive at once', async () => {
    await studied(2 * HOUR - 5);
    const before = await yearPoints();
    play();
    const next = ++seq;
    const replies = await Promise.all(Array.from({ length: 10 }, () => beat(next)));
    expect(replies.map((r) => ok(r).credited).filter((c) => c > 0)).toEqual([15]);
    expect(ok(await beat(next)).credited).toBe(0);
    expect(await hourEntries()).toEqual([
      ['online:2026:1', 1],
      ['online:2026:2', 1],
    ]);
    expect(await yearPoints()).toBe(before + 1);
  });

  it('finishes on the next beat an award that died after its ledger entry was written', async () => {
    await studied(3 * HOUR - 5);
    const before = await yearPoints();
    // As an attempt leaves it that wrote the entry and died before counting it.
    await probe.db.collection('point_ledger').add({
      data: {
        _id: `study_hour:${memberId}:online:2026:3`,
        memberId,
        orgId: 'org-b-office',
        orgPath: (await probe.get<{ orgPath: string }>('members', memberId))!.orgPath,
        rule: 'study_hour',
        ruleVersion: 0,
        points: 1,
        capped: false,
        sourceId: 'online:2026:3',
        at: t.cloud.clock.now(),
        day: '20261206',
        grantedBy: null,
        reason: null,
        reverses: null,
      },
    });
    play();
    expect(ok(await beat()).credited).toBe(15);
    expect((await hourEntries()).filter(([id]) => id === 'online:2026:3')).toEqual([
      ['online:2026:3', 1],
    ]);
    expect(await yearPoints()).toBe(before + 1);
    play();
    ok(await beat());
    expect(await yearPoints()).toBe(before + 1);
  });
});
