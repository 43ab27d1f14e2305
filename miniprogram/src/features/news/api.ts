import type { RequestOf } from '../../../../typings';
import { call } from '../../lib/cloud';
import { useCloud } from '../../lib/use-cloud';

export const useColumns = () => useCloud('news', 'columns', {});

const withCursor = (cursor: string | undefined) => (cursor ? { cursor } : {});

export const newsApi = {
  list: (column: string | undefined, cursor: string | undefined) =>
    call('news', 'list', { ...(column ? { column } : {}), ...withCursor(cursor) }),
  share: (id: string) => call('news', 'share', { id }),
  myShares: (cursor: string | undefined) => call('news', 'myShares', withCursor(cursor)),
  heartbeat: (id: string, seconds: number) => call('news', 'heartbeat', { id, seconds }),
  save: (data: RequestOf<'news', 'save'>) => call('news', 'save', data),
  submit: (id: string) => call('news', 'submit', { id }),
  review: (id: string, approve: boolean, comment?: string) =>
    call('news', 'review', { id, approve, ...(comment ? { comment } : {}) }),
  withdraw: (id: string) => call('news', 'withdraw', { id }),
  pin: (id: string, pinned: boolean) => call('news', 'pin', { id, pinned }),
  subtree: (orgId: string | undefined, cursor: string | undefined) =>
    call('news', 'subtree', { ...(orgId ? { orgId } : {}), ...withCursor(cursor) }),
  mine: (cursor: string | undefined) => call('news', 'mine', withCursor(cursor)),
  queue: (orgId: string, status: 'submitted' | 'reviewing', cursor: string | undefined) =>
    call('news', 'queue', { orgId, status, ...withCursor(cursor) }),
  readers: (id: string, orgId: string) => call('news', 'readers', { id, orgId }),
  uploadTicket: (ext: RequestOf<'news', 'uploadTicket'>['ext']) =>
    call('news', 'uploadTicket', { ext }),
};

/** The server records the first open as a read, and an open of the link `share` once. */
export const useArticle = (id: string, share: string | undefined) =>
  useCloud('news', 'get', { id, ...(share ? { share } : {}) });

export const useReaders = (id: string, orgId: string) => useCloud('news', 'readers', { id, orgId });
