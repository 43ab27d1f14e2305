import type { AuditLogDoc } from '../../../typings/documents';
import { isAdminRole } from '../../../typings/policy';
import { requireMember } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import { forbidden } from '../../_shared/errors';
import { byTimeThenId, readPage } from '../../_shared/paging';
import { action } from '../../_shared/router';

const PAGE_SIZE = 20;

/** Who read whose full ID or phone number, newest first: for the admins above those members. */
export const auditLog = action('member', 'auditLog', {
  async handler({ cursor }, caller) {
    const viewer = requireMember(caller);
    const admin = viewer.roles.find(isAdminRole);
    if (!admin) throw forbidden('只有组织管理员可以查看敏感信息访问记录');
    const page = await readPage<AuditLogDoc>({
      collection: COLLECTIONS.auditLogs.name,
      where: { orgIds: admin.orgId },
      order: byTimeThenId('at'),
      cursor,
      size: PAGE_SIZE,
    });
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
