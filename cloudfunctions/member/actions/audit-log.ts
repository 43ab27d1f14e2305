import type { AuditLogDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { decodeCursor, pageOf } from '../../_shared/cursor';
import { forbidden, invalidArgument } from '../../_shared/errors';
import { action } from '../../_shared/router';

const PAGE_SIZE = 20;

/** Who read whose full ID or phone number, newest first: for the admins above those members. */
export const auditLog = action('member', 'auditLog', {
  async handler({ cursor }, caller) {
    const viewer = requireMember(caller);
    const admin = viewer.roles.find((r) => r.code === 'org_admin');
    if (!admin) throw forbidden('只有组织管理员可以查看敏感信息访问记录');
    const scope = { orgIds: admin.orgId };
    const { data } = (await db
      .collection(COLLECTIONS.auditLogs.name)
      .where(cursor ? _.and([scope, olderThan(decodeCursor(cursor))]) : scope)
      .orderBy('at', 'desc')
      .orderBy('_id', 'desc')
      .limit(PAGE_SIZE + 1)
      .get()) as unknown as { data: AuditLogDoc[] };
    const page = pageOf(data, PAGE_SIZE, (e) => `${new Date(e.at).toISOString()}|${e._id}`);
    return {
      items: page.items.map((e) => ({
        _id: e._id,
        actorName: e.actorName,
        targetName: e.targetName,
        action: e.action,
        at: new Date(e.at).toISOString(),
      })),
      nextCursor: page.nextCursor,
    };
  },
});

/** Entries after the cursor's (time, id) in newest-first order; ties in time go by id. */
function olderThan(key: string) {
  const [iso, id] = key.split('|');
  const at = new Date(iso);
  if (Number.isNaN(at.getTime()) || !id)
    throw invalidArgument('分页参数无效，请刷新后重试', 'cursor');
  return _.or([{ at: _.lt(at) }, { at, _id: _.lt(id) }]);
}
