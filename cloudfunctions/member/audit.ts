import type { AuditLogDoc, MemberDoc, OrganisationDoc } from '../../typings/documents';
import { db } from '../_shared/cloud';
import { COLLECTIONS } from '../_shared/collections';

/**
 * Writes the entry for a full read of protected numbers — who, whom, when — before the
 * numbers leave the function. `org` is the organisation the targets were read under.
 */
export async function recordFullRead(
  actor: MemberDoc,
  targets: MemberDoc[],
  org: OrganisationDoc,
  action: AuditLogDoc['action'],
): Promise<void> {
  const entry: Omit<AuditLogDoc, '_id'> = {
    actorId: actor._id,
    actorName: actor.name,
    targetIds: targets.map((m) => m._id),
    targetName: targets.length === 1 ? targets[0].name : `${targets.length} 名党员（${org.name}）`,
    action,
    orgIds: org.path.split('/').filter(Boolean),
    at: new Date(),
  };
  await db.collection(COLLECTIONS.auditLogs.name).add({ data: entry });
}

/**
 * Logs refusals of ID numbers that were already on the roster: each names the member who holds
 * the number, and is filed under the organisations above both that member and the place the
 * number was entered for, so it reaches the admins who see both records and nobody else.
 * Repeated refusals are how numbers are guessed; admins are meant to see them.
 */
export async function recordIdNumberRefusals(
  actor: MemberDoc,
  refusals: { holder: Pick<MemberDoc, '_id' | 'name' | 'orgPath'>; enteredAt: string }[],
): Promise<void> {
  const byOrgs = new Map<string, (typeof refusals)[number]['holder'][]>();
  for (const { holder, enteredAt } of refusals) {
    const orgIds = commonOrgIds(holder.orgPath, enteredAt).join('/');
    byOrgs.set(orgIds, [...(byOrgs.get(orgIds) ?? []), holder]);
  }
  const at = new Date();
  for (const [orgIds, holders] of byOrgs) {
    const entry: Omit<AuditLogDoc, '_id'> = {
      actorId: actor._id,
      actorName: actor.name,
      targetIds: holders.map((m) => m._id),
      targetName: holders.length === 1 ? holders[0].name : `${holders.length} 名党员`,
      action: 'id_number_refused',
      orgIds: orgIds.split('/').filter(Boolean),
      at,
    };
    await db.collection(COLLECTIONS.auditLogs.name).add({ data: entry });
  }
}

/** The organisations two paths ('/root/zz/br/') share, top first. */
function commonOrgIds(a: string, b: string): string[] {
  const left = a.split('/').filter(Boolean);
  const right = b.split('/').filter(Boolean);
  const shared: string[] = [];
  for (let i = 0; i < left.length && left[i] === right[i]; i++) shared.push(left[i]);
  return shared;
}
