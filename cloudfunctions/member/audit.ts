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
