import type { RequestOf } from '../../../../typings';
import { call } from '../../lib/cloud';
import { useCloud } from '../../lib/use-cloud';

/** The caller's own member record, roles and organisation, refreshed whenever the page shows. */
export const useMe = () => useCloud('member', 'me', {});

export const useMember = (id: string) => useCloud('member', 'get', { id });

export const useOrgTree = () => useCloud('member', 'orgTree', {});

/** The viewer's home organisation and its children: the tree page asks for deeper levels on tap. */
export const useOrgTreeTop = () => useCloud('member', 'orgTree', { depth: 1 });

export const memberApi = {
  create: (data: RequestOf<'member', 'create'>) => call('member', 'create', data),
  update: (data: RequestOf<'member', 'update'>) => call('member', 'update', data),
  updateProfile: (data: RequestOf<'member', 'updateProfile'>) =>
    call('member', 'updateProfile', data),
  bind: (code: string) => call('member', 'bind', { code }),
  list: (orgId: string, q: string, cursor: string | undefined) =>
    call('member', 'list', { orgId, ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) }),
  reveal: (id: string) => call('member', 'reveal', { id }),
  issueInvite: (memberId: string) => call('member', 'issueInvite', { memberId }),
  revokeInvite: (memberId: string) => call('member', 'revokeInvite', { memberId }),
  unbind: (memberId: string) => call('member', 'unbind', { memberId }),
  move: (id: string, orgId: string) => call('member', 'move', { id, orgId }),
  orgChildren: async (orgId: string) =>
    (await call('member', 'orgTree', { rootId: orgId, depth: 1 })).items.slice(1),
  auditLog: (cursor: string | undefined) => call('member', 'auditLog', cursor ? { cursor } : {}),
  importTemplate: () => call('member', 'importTemplate', {}),
  importRoster: (fileID: string) => call('member', 'importRoster', { fileID }),
  exportRoster: (orgId: string, unmasked: boolean) =>
    call('member', 'exportRoster', { orgId, ...(unmasked ? { unmasked } : {}) }),
};
