import type { MeResponse, RequestOf } from '../../../../typings';
import { call } from '../../lib/cloud';
import { refreshSessionFor, setSession } from '../../lib/session';
import { useCloud } from '../../lib/use-cloud';

/** Runs a change to `memberId`, who may be the caller: their session is then asked again. */
const changing = async <T>(memberId: string, change: Promise<T>): Promise<T> => {
  const result = await change;
  refreshSessionFor(memberId);
  return result;
};

/** Runs a change whose reply is the caller's new session. */
const settingSession = async <T extends MeResponse>(change: Promise<T>): Promise<T> => {
  const me = await change;
  setSession(me);
  return me;
};

export const useMember = (id: string) => useCloud('member', 'get', { id });

export const useOrgTree = () => useCloud('member', 'orgTree', {});

/** The viewer's home organisation and its children: the tree page asks for deeper levels on tap. */
export const useOrgTreeTop = () => useCloud('member', 'orgTree', { depth: 1 });

export const memberApi = {
  create: (data: RequestOf<'member', 'create'>) => call('member', 'create', data),
  update: (data: RequestOf<'member', 'update'>) =>
    changing(data.id, call('member', 'update', data)),
  updateProfile: (data: RequestOf<'member', 'updateProfile'>) =>
    settingSession(call('member', 'updateProfile', data)),
  bind: (code: string) => settingSession(call('member', 'bind', { code })),
  list: (orgId: string, q: string, cursor: string | undefined) =>
    call('member', 'list', { orgId, ...(q ? { q } : {}), ...(cursor ? { cursor } : {}) }),
  reveal: (id: string) => call('member', 'reveal', { id }),
  issueInvite: (memberId: string) => call('member', 'issueInvite', { memberId }),
  revokeInvite: (memberId: string) => call('member', 'revokeInvite', { memberId }),
  unbind: (memberId: string) => changing(memberId, call('member', 'unbind', { memberId })),
  move: (id: string, orgId: string) => changing(id, call('member', 'move', { id, orgId })),
  orgChildren: async (orgId: string) =>
    (await call('member', 'orgTree', { rootId: orgId, depth: 1 })).items.slice(1),
  auditLog: (cursor: string | undefined) => call('member', 'auditLog', cursor ? { cursor } : {}),
  importTemplate: () => call('member', 'importTemplate', {}),
  importRoster: (fileID: string) => call('member', 'importRoster', { fileID }),
  exportRoster: (orgId: string, unmasked: boolean) =>
    call('member', 'exportRoster', { orgId, ...(unmasked ? { unmasked } : {}) }),
};
