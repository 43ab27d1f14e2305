import type { MemberDoc, OrganisationDoc } from '../../typings/documents';
import type {
  ColleagueItem,
  MemberDetail,
  MemberListItem,
  MemberView,
  RosterItem,
} from '../../typings/functions/member';
import { administersOrg, hasAuthorityOver, managesOrg } from '../_shared/scope';
import { shownIdNumber } from './rules/mask';

/** What leaves the function about a member: sensitive numbers only ever masked here. */
export function toView(m: MemberDoc): MemberView {
  return {
    _id: m._id,
    name: m.name,
    gender: m.gender,
    status: m.status,
    orgId: m.orgId,
    post: m.post,
    nickname: m.nickname,
    avatar: m.avatar,
    joinedDate: m.joinedDate,
    fullMemberDate: m.fullMemberDate,
    phoneMasked: m.phoneMasked,
  };
}

export function toListItem(m: MemberDoc, orgName: string): MemberListItem {
  return { kind: 'record', ...toView(m), orgName, bound: m.openid !== null };
}

/** Another member as a colleague sees them: name, seats and post, nothing of the record. */
export function toColleague(m: MemberDoc, orgName: string): ColleagueItem {
  return {
    kind: 'colleague',
    _id: m._id,
    name: m.name,
    nickname: m.nickname,
    avatar: m.avatar,
    orgId: m.orgId,
    orgName,
    post: m.post,
    titles: m.roles.map((r) => r.title),
  };
}

/** Whether the viewer reads the member's record: their own, or one of a branch they manage. */
export const readsRecord = (viewer: MemberDoc, m: Pick<MemberDoc, '_id' | 'orgId' | 'orgPath'>) =>
  viewer._id === m._id || managesOrg(viewer, { _id: m.orgId, path: m.orgPath });

/** One roster row as the viewer may see it. */
export function toRosterItem(m: MemberDoc, orgName: string, viewer: MemberDoc): RosterItem {
  return readsRecord(viewer, m) ? toListItem(m, orgName) : toColleague(m, orgName);
}

export function toDetail(m: MemberDoc, org: OrganisationDoc, viewer: MemberDoc): MemberDetail {
  const canReveal = viewer._id === m._id || administersOrg(viewer, org);
  return {
    ...toListItem(m, org.name),
    ethnicity: m.ethnicity,
    birthDate: m.birthDate,
    idNumberMasked: shownIdNumber(m.idNumberMasked, canReveal),
    education: m.education,
    nativePlace: m.nativePlace,
    workStartDate: m.workStartDate,
    mobile: m.mobile,
    roles: m.roles,
    canReveal,
    canManage: hasAuthorityOver(viewer, m),
    // Nobody adjusts their own points: the points function refuses it, so it is not offered.
    canAdjustPoints: viewer._id !== m._id && hasAuthorityOver(viewer, m),
  };
}
