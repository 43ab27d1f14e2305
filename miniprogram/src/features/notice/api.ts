import type { RequestOf } from '../../../../typings';
import { call } from '../../lib/cloud';
import { useCloud } from '../../lib/use-cloud';

export const useNoticeStats = (id: string) => useCloud('notice', 'stats', { id });

const withCursor = (cursor: string | undefined) => (cursor ? { cursor } : {});

export const noticeApi = {
  templates: () => call('notice', 'templates', {}),
  subscribe: (templateIds: string[], accepted: string[]) =>
    call('notice', 'subscribe', { templateIds, accepted }),
  send: (data: RequestOf<'notice', 'send'>) => call('notice', 'send', data),
  inbox: (cursor: string | undefined) => call('notice', 'inbox', withCursor(cursor)),
  get: (id: string) => call('notice', 'get', { id }),
  sent: (cursor: string | undefined) => call('notice', 'sent', withCursor(cursor)),
  recipients: (id: string, read: boolean, cursor: string | undefined) =>
    call('notice', 'recipients', { id, read, ...withCursor(cursor) }),
  remind: (id: string, dryRun?: boolean) =>
    call('notice', 'remind', { id, ...(dryRun ? { dryRun } : {}) }),
  uploadTicket: (ext: string) => call('notice', 'uploadTicket', { ext }),
};

/** The server marks the notice read for the caller when it hands it out. */
export const useNotice = (id: string) => useCloud('notice', 'get', { id });
