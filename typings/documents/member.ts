import type { RoleCode } from '../policy/roles';
import type { MemberStatus } from '../policy/workflow';

export type { RoleCode } from '../policy/roles';
export type { MemberStatus } from '../policy/workflow';

export interface Role {
  code: RoleCode;
  /** Shown to people: 书记, 组织委员, 党委管理员 … */
  title: string;
  orgId: string;
  orgPath: string;
}

/** Collection `members`: one roster entry, bound to at most one WeChat user. */
export interface MemberDoc {
  _id: string;
  name: string;
  gender: '男' | '女';
  ethnicity: string;
  /** Calendar dates are `YYYY-MM-DD` strings: they have no time zone. */
  birthDate: string | null;
  /** AES-GCM ciphertext of the ID number; never sent to a client. */
  idNumberEnc: string | null;
  /** Why the roster has no ID number for this member, as the one who entered it said. */
  idNumberUnknownReason?: string | null;
  idNumberMasked: string | null;
  /** Keyed hash of the ID number behind a unique index: one roster entry per person. */
  idNumberKey: string;
  /**
   * A number entered while a member outside the enterer's scope already held it: sealed like
   * `idNumberEnc` and keyed like `idNumberKey`, but outside the unique index, until an admin who
   * sees both records settles it (cloudfunctions/member/duplicates.ts). The enterer is answered
   * as if it had been accepted; `idNumberEnc` is then null and `idNumberMasked` masks this one.
   * Absent on records that never held one.
   */
  idNumberPendingEnc?: string | null;
  idNumberPendingKey?: string | null;
  education: string;
  nativePlace: string;
  phoneEnc: string | null;
  phoneMasked: string | null;
  workStartDate: string | null;
  /** Date admitted as 预备党员 by the 支部大会. */
  joinedDate: string | null;
  /** Date of 转正; 党龄 counts from here. */
  fullMemberDate: string | null;
  status: MemberStatus;
  orgId: string;
  orgPath: string;
  post: string;
  mobile: boolean;
  roles: Role[];
  /**
   * `orgPath \u0001 name \u0001 _id`: one indexed key orders a roster by branch then name, and
   * a subtree's roster is one range of it (the path is its prefix).
   */
  rosterKey: string;
  /** The bound WeChat user; written only by the member function. */
  openid: string | null;
  nickname: string | null;
  avatar: string | null;
  createdAt: Date;
  updatedAt: Date;
}
