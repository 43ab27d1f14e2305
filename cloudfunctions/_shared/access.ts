import type { MemberDoc } from '../../typings/documents';
import { isAdminRole, isManagingRole, publisherKindOf } from '../../typings/policy';
import type { AccessLevel } from '../../typings/policy/access';
import type { Caller } from './caller';
import { forbidden, unauthenticated } from './errors';

const HOLDS: Partial<Record<AccessLevel, (member: MemberDoc) => boolean>> = {
  publisher: (m) => m.roles.some((r) => publisherKindOf(r) !== null),
  manager: (m) => m.roles.some(isManagingRole),
  admin: (m) => m.roles.some(isAdminRole),
};

const REFUSALS: Partial<Record<AccessLevel, string>> = {
  publisher: '只有宣传委员、书记、副书记或组织管理员可以进行此操作',
  manager: '只有书记、副书记或组织管理员可以进行此操作',
  admin: '只有组织管理员可以进行此操作',
};

/**
 * Refuses a caller below an action's level (typings/policy/access.ts) before its handler runs:
 * an unidentified or unbound caller as UNAUTHENTICATED, a member without the role as FORBIDDEN.
 */
export function admit(level: AccessLevel, caller: Caller): void {
  if (level === 'anyone') return;
  if (!caller.openid) throw unauthenticated('无法识别微信身份');
  if (level === 'wechat') return;
  if (!caller.member) throw unauthenticated();
  const holds = HOLDS[level];
  if (holds && !holds(caller.member)) throw forbidden(REFUSALS[level]);
}
