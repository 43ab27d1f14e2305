import { DISCIPLINE_TITLE } from '../../../../typings/policy/mailbox';
import { isManagingRole } from '../../../../typings/policy/roles';
import type { BoundMe } from '../../lib/session';

/**
 * Whether the member answers letters by a seat of their own (书记, 副书记, a 党委's admin, a
 * branch's 纪检委员). Only decides what to show: the server checks every letter.
 */
export const readsByRole = (me: BoundMe) =>
  me.roles.some(
    (role) =>
      isManagingRole(role) || (role.code === 'committee' && role.title === DISCIPLINE_TITLE),
  );
