import type {
  MailboxDelegatesDoc,
  MailboxSettingsDoc,
  MailboxStatsDoc,
  MemberDoc,
  OrganisationDoc,
} from '../../../typings/documents';
import { administeredOrgId, isManagingRole } from '../../../typings/policy';
import { LETTER_CATEGORIES } from '../../../typings/policy/mailbox';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { forbidden, invalidArgument } from '../../_shared/errors';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { managesOrg, requireManages } from '../../_shared/scope';
import { ownBoxes } from '../boxes';
import { emptyStats } from '../keys';
import { enterpriseOf, loadSettings } from '../repo';

const delegatesOf = (id: string) =>
  findById<MailboxDelegatesDoc>(COLLECTIONS.mailboxDelegates.name, id);

/** The recipient names deputies who may read their mailboxes (docs/domain.md §8.5). */
export const setDelegates = action('mailbox', 'setDelegates', {
  async handler({ memberIds }, caller) {
    const member = requireMember(caller);
    const boxes = ownBoxes(member);
    const ids = [...new Set(memberIds)].filter((id) => id !== member._id);
    const { data: deputies } = ids.length
      ? await db
          .collection(COLLECTIONS.members.name)
          .where({ _id: _.in(ids) })
          .field({ _id: true, orgId: true, orgPath: true })
          .get<Pick<MemberDoc, '_id' | 'orgId' | 'orgPath'>>()
      : { data: [] };
    if (
      deputies.length !== ids.length ||
      deputies.some((d) => !managesOrg(member, { _id: d.orgId, path: d.orgPath }))
    ) {
      throw invalidArgument('代阅人须为你所管理组织的党员', 'memberIds');
    }
    const doc: Omit<MailboxDelegatesDoc, '_id'> = { memberIds: ids, boxes };
    await db.collection(COLLECTIONS.mailboxDelegates.name).doc(member._id).set({ data: doc });
    return { memberIds: ids };
  },
});

export const delegates = action('mailbox', 'delegates', {
  async handler(_data, caller) {
    const member = requireMember(caller);
    const doc = await delegatesOf(member._id);
    if (!doc || doc.memberIds.length === 0) return { members: [] };
    const { data } = await db
      .collection(COLLECTIONS.members.name)
      .where({ _id: _.in(doc.memberIds) })
      .field({ _id: true, name: true })
      .get<{ _id: string; name: string }>();
    return { members: data };
  },
});

/**
 * An organisation's figures, its subtree's letters included: counts by category and status,
 * answers and their time, letters overdue. Never content: one maintained document.
 */
export const stats = action('mailbox', 'stats', {
  async handler({ orgId }, caller) {
    const member = requireMember(caller);
    const target = orgId ?? member.roles.find(isManagingRole)?.orgId ?? member.orgId;
    const [org, doc] = await Promise.all([
      loadOrg(target),
      findById<MailboxStatsDoc>(COLLECTIONS.mailboxStats.name, target),
    ]);
    requireManages(member, org);
    const figures = doc ?? emptyStats(org._id);
    return {
      orgId: org._id,
      orgName: (org as OrganisationDoc).name,
      total: figures.total,
      byCategory: figures.byCategory,
      byStatus: figures.byStatus,
      replied: figures.replied,
      averageReplyDays:
        figures.replied > 0 ? Math.round((figures.replyDays / figures.replied) * 10) / 10 : null,
      overdue: figures.overdue,
    };
  },
});

/** Only the enterprise's own admins change its rules. */
function requireEnterpriseAdmin(member: MemberDoc): string {
  const enterprise = enterpriseOf(member.orgPath);
  if (administeredOrgId(member.roles) !== enterprise)
    throw forbidden('只有党委管理员可以设置书记信箱');
  return enterprise;
}

export const settings = action('mailbox', 'settings', {
  async handler(_data, caller) {
    const member = requireMember(caller);
    requireEnterpriseAdmin(member);
    const { replyDays, rules } = await loadSettings(member.orgPath);
    return { replyDays, rules };
  },
});

export const saveSettings = action('mailbox', 'saveSettings', {
  async handler({ replyDays, rules }, caller) {
    const member = requireMember(caller);
    const _id = requireEnterpriseAdmin(member);
    const ordered = LETTER_CATEGORIES.flatMap((c) => rules.filter((r) => r.category === c));
    const doc: Omit<MailboxSettingsDoc, '_id'> = { replyDays, rules: ordered };
    await db.collection(COLLECTIONS.mailboxSettings.name).doc(_id).set({ data: doc });
    return { replyDays, rules: ordered };
  },
});
