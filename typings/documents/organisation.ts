/** 党委 → 党总支 → 党支部 → 党小组 (docs/domain.md §1.1). */
export type OrgType = '党委' | '党总支' | '党支部' | '党小组';

/** A seat on an organisation's committee (支委会 or 党委委员会). */
export interface CommitteeSeat {
  memberId: string;
  name: string;
  /** 书记, 副书记, 组织委员, 宣传委员, 纪检委员 … */
  title: string;
}

/** Collection `organisations`. */
export interface OrganisationDoc {
  _id: string;
  type: OrgType;
  name: string;
  parentId: string | null;
  /** Materialised path of ids, `/root/zz1/b3/`: a subtree is one prefix query. */
  path: string;
  depth: number;
  /** Calendar date `YYYY-MM-DD` of the last election. */
  electedAt: string | null;
  /** 5 for 党委, 3 for 党总支 and 党支部 (《关于党的基层组织任期的意见》). */
  termYears: number;
  committee: CommitteeSeat[];
  /** Maintained on every roster change (never recounted): members directly in this organisation. */
  memberCount: number;
  /** Of those, 正式党员: the thresholds of the regulations count only these. */
  fullMemberCount: number;
  /**
   * Maintained with `memberCount`: members in this organisation and every one below it, so a
   * tree cut off at some depth still shows whole counts. A 党支部's equals its `memberCount`.
   */
  subtreeMemberCount: number;
  /** Of those, 正式党员. */
  subtreeFullMemberCount: number;
  createdAt: Date;
  updatedAt: Date;
}
