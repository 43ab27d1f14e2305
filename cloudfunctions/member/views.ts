import type { MemberDoc, OrganisationDoc } from '../../typings/documents';
import type { MemberDetail, MemberListItem, MemberView } from '../../typings/functions/member';
import { administersOrg, hasAuthorityOver } from '../_shared/scope';
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
  return { ...toView(m), orgName, bound: m.openid !== null };
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
  };
}
