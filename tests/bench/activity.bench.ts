/**
 * Organisational life at enterprise scale: `npm run bench -- activity`.
 * Seeds 3,000 branches (10 members each) with three years of confirmed activities, their
 * maintained figures and six months of attendance through the direct API, then times through
 * the gateway: a page of the compliance matrix (3,000 branches × 12 months, target <200 ms and
 * ≤10 operations), sign-in (≤3 operations, ≤3× the floor: member.me, a warm function whose
 * action is one indexed read), and the nightly recomputation of every branch.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LocalCloud } from '../../emulator/local-cloud';
import { startAppCloud } from '../../scripts/local-cloud';
import { addUpSubtrees, memberDoc, organisationDoc } from '../../seed/factories';
import { monthsOf } from '../../cloudfunctions/activity/figures';
import type {
  ActivityDoc,
  ActivityType,
  AttendanceDoc,
  ComplianceDoc,
  MemberDoc,
} from '../../typings/documents';
import { gateway, report, settleAfterSeed, timed } from './support';

const BRANCHES = 3000;
const ZONGZHI = 10;
const PER_BRANCH = 10;
const YEARS = 3;
const TYPES: ActivityType[] = ['支委会', '主题党日', '支部党员大会'];
const NOW = new Date('2026-12-10T10:00:00+08:00');
const YEAR = 2026;

const branchId = (b: number) => `b${String(b).padStart(4, '0')}`;
const zongzhiOf = (b: number) => `z${b % ZONGZHI}`;
const pathOf = (b: number) => `/root/${zongzhiOf(b)}/${branchId(b)}/`;
const memberId = (b: number, k: number) => `m${branchId(b)}-${k}`;
const openidOf = (b: number, k: number) => `bench-${b}-${k}`;

function activity(b: number, year: number, month: number, type: ActivityType): ActivityDoc {
  const startsAt = new Date(
    `${year}-${String(month).padStart(2, '0')}-0${TYPES.indexOf(type) + 3}T14:00:00+08:00`,
  );
  const _id = `a-${b}-${year}-${month}-${TYPES.indexOf(type)}`;
  const by = memberId(b, 0);
  return {
    _id,
    orgId: branchId(b),
    orgPath: pathOf(b),
    orgName: `第${b + 1}党支部`,
    branchKey: `${branchId(b)}|${startsAt.toISOString()}|${_id}`,
    type,
    topic: '学习',
    startsAt,
    endsAt: new Date(startsAt.getTime() + 5_400_000),
    month: `${year}-${String(month).padStart(2, '0')}`,
    place: '会议室',
    hostId: by,
    hostName: '书记',
    recorderId: by,
    recorderName: '书记',
    dueGroup: 'all',
    due: [],
    materials: '',
    status: 'confirmed',
    record: { agenda: '学习', content: '', resolutions: [], grades: [], guests: [] },
    media: [],
    confirmedBy: [by],
    confirmedAt: startsAt,
    amendments: [],
    plannedBy: by,
    createdAt: startsAt,
    updatedAt: startsAt,
  };
}

async function seed(cloud: LocalCloud): Promise<void> {
  const start = performance.now();
  const orgs = [organisationDoc({ _id: 'root', type: '党委', name: '基准测试集团党委' })];
  for (let z = 0; z < ZONGZHI; z++)
    orgs.push(
      organisationDoc({ _id: `z${z}`, type: '党总支', name: `第${z + 1}党总支`, under: '/root/' }),
    );
  const members: MemberDoc[] = [];
  for (let b = 0; b < BRANCHES; b++) {
    const org = { _id: branchId(b), path: pathOf(b) };
    for (let k = 0; k < PER_BRANCH; k++) {
      const roles =
        k === 0
          ? [{ code: 'secretary' as const, title: '支部书记', orgId: org._id, orgPath: org.path }]
          : b === 0 && k === 1
            ? [
                {
                  code: 'org_admin' as const,
                  title: '党委管理员',
                  orgId: 'root',
                  orgPath: '/root/',
                },
              ]
            : [];
      members.push(
        memberDoc({
          _id: memberId(b, k),
          name: `党员${b}-${k}`,
          org,
          roles,
          openid: openidOf(b, k),
        }),
      );
    }
    orgs.push(
      organisationDoc({
        _id: org._id,
        type: '党支部',
        name: `第${b + 1}党支部`,
        under: `/root/${zongzhiOf(b)}/`,
        memberCount: PER_BRANCH,
        fullMemberCount: PER_BRANCH,
        committee: [{ memberId: memberId(b, 0), name: `党员${b}-0`, title: '书记' }],
      }),
    );
  }
  addUpSubtrees(orgs);
  cloud.db.insertMany('organisations', orgs);
  cloud.db.insertMany('members', members);
  let activities = 0;
  for (let from = 0; from < BRANCHES; from += 250) {
    const docs: ActivityDoc[] = [];
    const marks: AttendanceDoc[] = [];
    const figures: ComplianceDoc[] = [];
    for (let b = from; b < Math.min(BRANCHES, from + 250); b++) {
      for (let year = YEAR - YEARS + 1; year <= YEAR; year++) {
        const own: ActivityDoc[] = [];
        const last = year === YEAR ? 11 : 12;
        // A branch in ten skips its 主题党日 in March: the matrix has warnings to show.
        for (let month = 1; month <= last; month++)
          for (const type of TYPES)
            if (type !== '主题党日' || month !== 3 || b % 10 !== 0)
              own.push(activity(b, year, month, type));
        docs.push(...own);
        figures.push({
          _id: `${branchId(b)}:${year}`,
          orgId: branchId(b),
          orgPath: pathOf(b),
          orgName: `第${b + 1}党支部`,
          year,
          months: monthsOf(
            own,
            year,
            { year: YEAR, month: 12 },
            { hasCommittee: false, hasGroups: false },
          ),
          idleMembers: [],
          updatedAt: NOW,
        });
      }
      for (const doc of docs.filter((d) => d.orgId === branchId(b) && d.month >= '2026-06'))
        for (let k = 0; k < PER_BRANCH; k++)
          marks.push({
            _id: `${doc._id}:${memberId(b, k)}`,
            activityId: doc._id,
            memberId: memberId(b, k),
            name: '',
            orgId: branchId(b),
            state: 'present',
            reason: null,
            via: 'code',
            at: doc.startsAt,
            startsAt: doc.startsAt,
            studiedAt: null,
          });
    }
    cloud.db.insertMany('activities', docs);
    cloud.db.insertMany('activity_attendance', marks);
    cloud.db.insertMany('activity_compliance', figures);
    activities += docs.length;
  }
  console.log(
    `seeded ${BRANCHES} branches, ${BRANCHES * PER_BRANCH} members, ${activities} activities in ${((performance.now() - start) / 1000).toFixed(0)} s`,
  );
}

async function ok(cloud: LocalCloud, openid: string, action: string, data: object) {
  const { reply, dbOps } = await gateway(cloud, 'activity', { action, data }, openid);
  const body = reply as { ok: boolean; data?: unknown; error?: unknown };
  if (!body.ok) throw new Error(`${action}: ${JSON.stringify(body.error)}`);
  return { data: body.data as Record<string, unknown>, dbOps };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'activity-bench-'));
  const cloud = await startAppCloud({
    port: 0,
    dataDir,
    h5Dir: null,
    timers: false,
    quiet: true,
    at: NOW,
  });
  try {
    await seed(cloud);
    await settleAfterSeed();
    const admin = openidOf(0, 1);

    const page = (cursor?: string) => ({
      orgId: 'root',
      year: YEAR,
      ...(cursor ? { cursor } : {}),
    });
    let cursor: string | undefined;
    for (let p = 1; p < 10; p++)
      cursor = (await ok(cloud, admin, 'compliance', page(cursor))).data.nextCursor as string;
    report(
      `compliance matrix, ${BRANCHES} branches, page 1`,
      await timed(100, async () => (await ok(cloud, admin, 'compliance', page())).dbOps),
    );
    report(
      `compliance matrix, ${BRANCHES} branches, page 10`,
      await timed(100, async () => (await ok(cloud, admin, 'compliance', page(cursor))).dbOps),
    );

    // Sign-in: an activity now in each of 100 branches, its code from the host.
    const open: { id: string; code: string; b: number }[] = [];
    for (let b = 0; b < 100; b++) {
      const host = openidOf(b * 30, 0);
      const { data } = await ok(cloud, host, 'plan', {
        type: '主题党日',
        topic: '基准测试',
        startsAt: '2026-12-10T09:30:00+08:00',
        endsAt: '2026-12-10T11:30:00+08:00',
        place: '会议室',
      });
      const id = data.activityId as string;
      const code = (await ok(cloud, host, 'signInCode', { activityId: id })).data.code as string;
      open.push({ id, code, b: b * 30 });
    }
    const signIn = async (i: number) => {
      const { id, code, b } = open[i % open.length];
      const k = 1 + (Math.floor(i / open.length) % (PER_BRANCH - 1));
      return (await ok(cloud, openidOf(b, k), 'signIn', { activityId: id, code })).dbOps;
    };
    const floor = await timed(200, async (i) => {
      const { dbOps } = await gateway(
        cloud,
        'member',
        { action: 'me', data: {} },
        openidOf(i % BRANCHES, 2),
      );
      return dbOps;
    });
    report('floor: member.me (one indexed read)', floor);
    const signing = await timed(600, signIn, 200);
    report('activity.signIn', signing);
    console.log(`sign-in / floor: ${(signing.median / floor.median).toFixed(2)}× (target ≤3×)`);

    const started = performance.now();
    const nightly = await cloud.functions.runTimer('activity');
    console.log(
      `nightly recomputation of ${BRANCHES} branches: ${((performance.now() - started) / 1000).toFixed(1)} s, x-db-ops ${nightly.dbOps}, ${nightly.json}`,
    );
  } finally {
    await cloud.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
