import type { AuditLogDoc, MemberDoc, OrganisationDoc } from '../../typings/documents';
import { now } from '../_shared/clock';
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
    at: now(),
  };
  await db.collection(COLLECTIONS.auditLogs.name).add({ data: entry });
}

/** An ID number entered for a record (new or existing) while other members held it. */
export interface IdNumberClash {
  entered: Pick<MemberDoc, '_id' | 'name' | 'orgPath'>;
  holders: Pick<MemberDoc, '_id' | 'name' | 'orgPath'>[];
}

const BATCH = 100;

/**
 * Logs ID numbers entered while other members held them (member/duplicates.ts), one entry
 * each, filed under the organisations above the record and every holder, so it reaches the
 * admins who see all of them and nobody else. A refusal (`id_number_refused`: the enterer
 * manages a holder and was told) names the holders; a number held pending
 * (`id_number_duplicate`: the enterer was answered as if it had been accepted) names the record
 * first, then the holders, for the admin to settle. Repeated entries are how numbers are
 * guessed; admins are meant to see them.
 */
export async function recordIdNumberClashes(
  actor: MemberDoc,
  action: 'id_number_refused' | 'id_number_duplicate',
  clashes: IdNumberClash[],
): Promise<void> {
  const at = now();
  const entries = clashes.map(({ entered, holders }): Omit<AuditLogDoc, '_id'> => {
    const names =
      holders.length <= 3
        ? holders.map((m) => m.name).join('、')
        : `${holders[0].name}等 ${holders.length} 名党员`;
    const held = action === 'id_number_duplicate';
    return {
      actorId: actor._id,
      actorName: actor.name,
      targetIds: [...(held ? [entered._id] : []), ...holders.map((m) => m._id)],
      targetName: held ? `${entered.name}（与${names}重复）` : names,
      action,
      orgIds: commonOrgIds([entered.orgPath, ...holders.map((m) => m.orgPath)]),
      at,
    };
  });
  for (let i = 0; i < entries.length; i += BATCH) {
    await db.collection(COLLECTIONS.auditLogs.name).add({ data: entries.slice(i, i + BATCH) });
  }
}

/** The organisations some paths ('/root/zz/br/') all share, top first. */
function commonOrgIds(paths: string[]): string[] {
  const [first, ...rest] = paths.map((p) => p.split('/').filter(Boolean));
  const shared: string[] = [];
  for (let i = 0; i < first.length && rest.every((ids) => ids[i] === first[i]); i++) {
    shared.push(first[i]);
  }
  return shared;
}
