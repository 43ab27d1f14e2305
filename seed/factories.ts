import type {
  ArticleDoc,
  MemberDoc,
  OrganisationDoc,
  OrgType,
  PointEntryDoc,
} from '../typings/documents';
import { periodOf } from '../cloudfunctions/_shared/points/period';
import { countSums, type CountChange } from '../cloudfunctions/member/count-sums';
import { idNumberKey, seal } from '../cloudfunctions/member/protect';
import { maskIdNumber, maskPhone } from '../cloudfunctions/member/rules/mask';
import { TERM_YEARS } from '../cloudfunctions/member/rules/org-warnings';
import { rosterKey } from '../cloudfunctions/member/roster-key';
import { feedKey, publishedKey, queueKey, zoneOf } from '../cloudfunctions/news/keys';

/**
 * The documents seeds, benches and test fixtures write, with defaults for what they do not
 * care about; every field a function derives (paths, keys, sealed numbers, counts) is derived
 * here by that function's own code.
 */

/** The member function's keys: `data` seals ID and phone numbers, `hash` keys the ID index. */
export interface MemberKeys {
  data: Buffer;
  hash: Buffer;
}

export interface OrgSpec extends Partial<OrganisationDoc> {
  _id: string;
  type: OrgType;
  name: string;
  /** The parent's path (`/` for a root): path, parentId and depth follow from it. */
  under?: string;
  now?: Date;
}

/** An organisation with no members yet (countMembers or addUpSubtrees set its counts). */
export function organisationDoc({
  _id,
  type,
  name,
  under = '/',
  now = new Date(),
  ...fields
}: OrgSpec): OrganisationDoc {
  const ancestors = under.split('/').filter(Boolean);
  return {
    electedAt: null,
    termYears: TERM_YEARS[type],
    committee: [],
    memberCount: 0,
    fullMemberCount: 0,
    subtreeMemberCount: 0,
    subtreeFullMemberCount: 0,
    ...fields,
    _id,
    type,
    name,
    parentId: ancestors.at(-1) ?? null,
    path: `${under}${_id}/`,
    depth: ancestors.length,
    createdAt: now,
    updatedAt: now,
  };
}

type DerivedMemberField =
  | 'orgId'
  | 'orgPath'
  | 'rosterKey'
  | 'idNumberEnc'
  | 'idNumberMasked'
  | 'idNumberKey'
  | 'phoneEnc'
  | 'phoneMasked'
  | 'createdAt'
  | 'updatedAt';

export interface MemberSpec extends Partial<Omit<MemberDoc, DerivedMemberField>> {
  _id: string;
  name: string;
  org: Pick<OrganisationDoc, '_id' | 'path'>;
  /** Stored as the member function stores them: sealed, masked, the ID number keyed. */
  numbers?: { idNumber: string; phone: string; keys: MemberKeys };
  now?: Date;
}

/** An unbound 正式党员 with no roles unless told otherwise. */
export function memberDoc({
  _id,
  name,
  org,
  numbers,
  now = new Date(),
  ...fields
}: MemberSpec): MemberDoc {
  return {
    gender: '男',
    ethnicity: '汉族',
    birthDate: null,
    education: '大学本科',
    nativePlace: '',
    workStartDate: null,
    joinedDate: null,
    fullMemberDate: null,
    status: '正式',
    post: '',
    mobile: false,
    roles: [],
    openid: null,
    nickname: null,
    avatar: null,
    ...fields,
    ...storedNumbers(_id, numbers),
    _id,
    name,
    orgId: org._id,
    orgPath: org.path,
    rosterKey: rosterKey(org.path, name, _id),
    createdAt: now,
    updatedAt: now,
  };
}

function storedNumbers(_id: string, numbers: MemberSpec['numbers']) {
  if (!numbers) {
    // Without a number the index key is the member's own; no key is used.
    const none = idNumberKey(null, _id, Buffer.alloc(0));
    return {
      idNumberEnc: null,
      idNumberMasked: null,
      idNumberKey: none,
      phoneEnc: null,
      phoneMasked: null,
    };
  }
  const { idNumber, phone, keys } = numbers;
  return {
    idNumberEnc: seal(idNumber, keys.data),
    idNumberMasked: maskIdNumber(idNumber),
    idNumberKey: idNumberKey(idNumber, _id, keys.hash),
    phoneEnc: seal(phone, keys.data),
    phoneMasked: maskPhone(phone),
  };
}

/** Sets every organisation's four counts from the members of `roster`, as the member function keeps them. */
export function countMembers(orgs: OrganisationDoc[], roster: MemberDoc[]): void {
  setCounts(
    orgs,
    roster.map((m) => ({
      branch: { _id: m.orgId, path: m.orgPath },
      all: 1,
      full: m.status === '正式' ? 1 : 0,
    })),
  );
}

/**
 * Sets each organisation's subtree counts from the own counts of everything in `orgs`: for
 * fixtures that give branches their counts without writing their members.
 */
export function addUpSubtrees(orgs: OrganisationDoc[]): void {
  setCounts(
    orgs,
    orgs.map((o) => ({ branch: o, all: o.memberCount, full: o.fullMemberCount })),
  );
}

function setCounts(orgs: OrganisationDoc[], changes: CountChange[]): void {
  const sums = countSums(changes);
  for (const o of orgs) {
    const sum = sums.get(o._id);
    o.memberCount = sum?.memberCount ?? 0;
    o.fullMemberCount = sum?.fullMemberCount ?? 0;
    o.subtreeMemberCount = sum?.subtreeMemberCount ?? 0;
    o.subtreeFullMemberCount = sum?.subtreeFullMemberCount ?? 0;
  }
}

type DerivedArticleField =
  | 'scopeId'
  | 'scopePath'
  | 'scopeName'
  | 'enterpriseWide'
  | 'zone'
  | 'feedKey'
  | 'publishedKey'
  | 'queueKey'
  | 'reviewedAt'
  | 'createdAt'
  | 'updatedAt';

export interface ArticleSpec extends Partial<Omit<ArticleDoc, DerivedArticleField>> {
  _id: string;
  title: string;
  columnId: string;
  column: string;
  scope: Pick<OrganisationDoc, '_id' | 'path' | 'name' | 'parentId'>;
  publishedAt: Date;
}

/** A published article, reviewed when it was published, with the news function's keys. */
export function articleDoc({
  _id,
  scope,
  publishedAt,
  pinned = false,
  ...fields
}: ArticleSpec): ArticleDoc {
  return {
    cover: null,
    summary: '',
    body: '',
    source: '',
    author: '',
    status: 'published',
    contentCheck: 'pass',
    editorId: 'seed',
    editorName: '',
    reviewComment: null,
    reviewerId: null,
    readCount: 0,
    shareOpenCount: 0,
    ...fields,
    _id,
    pinned,
    publishedAt,
    scopeId: scope._id,
    scopePath: scope.path,
    scopeName: scope.name,
    enterpriseWide: scope.parentId === null,
    zone: zoneOf(scope.path),
    feedKey: feedKey(pinned, publishedAt, _id),
    publishedKey: publishedKey(publishedAt, _id),
    queueKey: queueKey(scope.path, publishedAt, _id),
    reviewedAt: publishedAt,
    createdAt: publishedAt,
    updatedAt: publishedAt,
  };
}

export interface EntrySpec {
  member: Pick<MemberDoc, '_id' | 'orgId' | 'orgPath'>;
  rule: string;
  sourceId: string;
  points: number;
  at: Date;
}

/** A ledger entry as the award routine writes it (id rule:member:source, its China day). */
export function pointEntryDoc({ member, rule, sourceId, points, at }: EntrySpec): PointEntryDoc {
  return {
    _id: `${rule}:${member._id}:${sourceId}`,
    memberId: member._id,
    orgId: member.orgId,
    orgPath: member.orgPath,
    rule,
    ruleVersion: 0,
    points,
    capped: false,
    sourceId,
    at,
    day: periodOf(at).day,
    grantedBy: null,
    reason: null,
    reverses: null,
  };
}
