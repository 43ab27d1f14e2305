import dayjs from 'dayjs';
import type {
  CommitteeSeat,
  MemberDoc,
  OrganisationDoc,
  OrgType,
  Role,
} from '../typings/documents';
import { checkCharacter } from '../cloudfunctions/member/rules/id-number';
import { countMembers, memberDoc, organisationDoc, type MemberKeys } from './factories';
import { seededRandom } from '../cloudfunctions/_shared/seeded-random';
import { chineseName, pick } from './names';

/** Where seeds write: the local cloud's direct database API (no HTTP, no SDK). */
export interface SeedTarget {
  insertMany(collection: string, docs: object[]): unknown;
}

/** The demo identities the H5 switcher and the tests call as (their WeChat OPENIDs). */
export const DEMO_OPENIDS = {
  admin: 'demo-admin',
  /** Admin of 生产运营党总支 only: a subtree that does not hold demo-secretary's branch. */
  prodAdmin: 'demo-admin-prod',
  secretary: 'demo-secretary',
  member: 'demo-member',
  member2: 'demo-member-2',
  visitor: 'demo-visitor',
} as const;

interface OrgPlan {
  id: string;
  type: OrgType;
  name: string;
  children?: OrgPlan[];
  members?: number;
}

const ENTERPRISE: OrgPlan = {
  id: 'org-root',
  type: '党委',
  name: '华北能源集团有限公司党委',
  children: [
    {
      id: 'org-zz-prod',
      type: '党总支',
      name: '生产运营党总支',
      children: [
        { id: 'org-b-mine1', type: '党支部', name: '第一采区党支部', members: 18 },
        { id: 'org-b-mine2', type: '党支部', name: '第二采区党支部', members: 16 },
        { id: 'org-b-mech', type: '党支部', name: '机电运输党支部', members: 15 },
        { id: 'org-b-safety', type: '党支部', name: '安全监察党支部', members: 6 },
      ],
    },
    {
      id: 'org-zz-hq',
      type: '党总支',
      name: '机关党总支',
      children: [
        { id: 'org-b-office', type: '党支部', name: '综合办公室党支部', members: 14 },
        { id: 'org-b-finance', type: '党支部', name: '财务党支部', members: 12 },
        { id: 'org-b-hr', type: '党支部', name: '人力资源党支部', members: 11 },
        { id: 'org-b-party', type: '党支部', name: '党群工作部党支部', members: 28 },
      ],
    },
  ],
};

const COMMITTEE_TITLES = ['书记', '组织委员', '宣传委员', '纪检委员', '副书记'];
const POSTS = [
  '采煤工',
  '机电技术员',
  '安全员',
  '调度员',
  '会计',
  '人事专员',
  '文秘',
  '工程师',
  '班组长',
  '党务干事',
];
const EDUCATION = ['大学本科', '大学专科', '研究生', '中专', '高中'];
const ETHNICITY = ['汉族', '汉族', '汉族', '汉族', '回族', '蒙古族', '满族'];
const NATIVE = ['山西太原', '山西大同', '河北石家庄', '山东济南', '河南郑州', '陕西西安'];

/** Seeds a believable enterprise: one 党委, two 党总支, eight branches, about 120 members. */
export async function seedDemo(
  target: SeedTarget,
  keys: MemberKeys,
  now = new Date(),
): Promise<void> {
  const random = seededRandom(20261121);
  const orgs: OrganisationDoc[] = [];
  const members: MemberDoc[] = [];

  const walk = (plan: OrgPlan, under: string) => {
    const org = organisationDoc({
      _id: plan.id,
      type: plan.type,
      name: plan.name,
      under,
      electedAt: dayjs(now)
        .subtract(1 + Math.floor(random() * 30), 'month')
        .format('YYYY-MM-DD'),
      now,
    });
    orgs.push(org);
    for (let i = 0; i < (plan.members ?? 0); i++) {
      members.push(demoMember(random, org, members.length, keys, now));
    }
    plan.children?.forEach((child) => walk(child, org.path));
  };
  walk(ENTERPRISE, '/');
  countMembers(orgs, members);

  for (const org of orgs.filter((o) => o.type === '党支部')) {
    const roster = members.filter((m) => m.orgId === org._id);
    const full = roster.filter((m) => m.status === '正式');
    // 支部条例: a branch with ≥7 正式党员 has a 支委会; a smaller one only a 书记.
    const seats =
      full.length >= 7 ? COMMITTEE_TITLES.slice(0, full.length >= 15 ? 5 : 3) : ['书记'];
    org.committee = seats.map((title, i) => seat(full[i], title, org));
  }

  bindDemoIdentities(orgs, members);
  const bindings = members
    .filter((m) => m.openid)
    .map((m) => ({ _id: m.openid, memberId: m._id, boundAt: now }));
  await target.insertMany('organisations', orgs);
  await target.insertMany('members', members);
  await target.insertMany('bindings', bindings);
}

const REGIONS = ['140105', '140106', '140202', '130102', '370102', '410105'];

function demoMember(
  random: () => number,
  org: OrganisationDoc,
  n: number,
  keys: MemberKeys,
  now: Date,
): MemberDoc {
  const birth = dayjs(now)
    .subtract(24 + Math.floor(random() * 34), 'year')
    .subtract(Math.floor(random() * 365), 'day');
  const probationary = random() < 0.08;
  const joined = probationary
    ? dayjs(now).subtract(1 + Math.floor(random() * 10), 'month')
    : birth.add(20 + Math.floor(random() * 8), 'year');
  const gender = random() < 0.62 ? '男' : '女';
  const sequence = String(Math.floor(random() * 500) * 2 + (gender === '男' ? 1 : 0)).padStart(
    3,
    '0',
  );
  const first17 = `${pick<string>(random, REGIONS)}${birth.format('YYYYMMDD')}${sequence}`;
  const idNumber = first17 + checkCharacter(first17);
  const phone = `1${3 + Math.floor(random() * 6)}${String(Math.floor(random() * 1e9)).padStart(9, '0')}`;
  // The draws below are in the seed's fixed order: the same seed gives the same roster.
  return memberDoc({
    _id: `m-${String(n + 1).padStart(4, '0')}`,
    name: chineseName(random),
    org,
    numbers: { idNumber, phone, keys },
    gender,
    ethnicity: pick(random, ETHNICITY),
    birthDate: birth.format('YYYY-MM-DD'),
    education: pick(random, EDUCATION),
    nativePlace: pick(random, NATIVE),
    workStartDate: birth.add(20 + Math.floor(random() * 4), 'year').format('YYYY-MM-DD'),
    joinedDate: joined.format('YYYY-MM-DD'),
    fullMemberDate: probationary ? null : joined.add(1, 'year').format('YYYY-MM-DD'),
    status: probationary ? '预备' : '正式',
    post: pick(random, POSTS),
    mobile: random() < 0.05,
    now,
  });
}

function seat(member: MemberDoc, title: string, org: OrganisationDoc): CommitteeSeat {
  const code: Role['code'] =
    title === '书记' ? 'secretary' : title === '副书记' ? 'deputy_secretary' : 'committee';
  member.roles.push({
    code,
    title: title === '书记' ? '支部书记' : title,
    orgId: org._id,
    orgPath: org.path,
  });
  return { memberId: member._id, name: member.name, title };
}

/**
 * demo-secretary is the 书记 of 综合办公室党支部 and demo-member an ordinary member there;
 * demo-member-2 belongs to 第一采区党支部; demo-admin is a 党群工作部 cadre who administers
 * the whole 党委, demo-admin-prod only 生产运营党总支. demo-visitor stays unbound.
 */
function bindDemoIdentities(orgs: OrganisationDoc[], members: MemberDoc[]) {
  const office = orgs.find((o) => o._id === 'org-b-office')!;
  const secretaryId = office.committee.find((s) => s.title === '书记')!.memberId;
  const inOffice = members.filter((m) => m.orgId === office._id);
  bind(
    members.find((m) => m._id === secretaryId)!,
    DEMO_OPENIDS.secretary,
  );
  bind(
    inOffice.find((m) => m.roles.length === 0 && m.status === '正式')!,
    DEMO_OPENIDS.member,
  );
  bind(
    members.find((m) => m.orgId === 'org-b-mine1' && m.roles.length === 0)!,
    DEMO_OPENIDS.member2,
  );

  const root = orgs.find((o) => o.parentId === null)!;
  const admin = members.find((m) => m.orgId === 'org-b-party' && m.roles.length === 0)!;
  admin.roles.push({ code: 'org_admin', title: '党委管理员', orgId: root._id, orgPath: root.path });
  bind(admin, DEMO_OPENIDS.admin);

  const prod = orgs.find((o) => o._id === 'org-zz-prod')!;
  const prodAdmin = members.find((m) => m.orgId === 'org-b-mech' && m.roles.length === 0)!;
  prodAdmin.roles.push({
    code: 'org_admin',
    title: '党总支管理员',
    orgId: prod._id,
    orgPath: prod.path,
  });
  bind(prodAdmin, DEMO_OPENIDS.prodAdmin);
}

function bind(member: MemberDoc, openid: string) {
  member.openid = openid;
}
