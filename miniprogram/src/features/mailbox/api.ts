import type { RequestOf } from '../../../../typings';
import type { LetterCategory, LetterStatus } from '../../../../typings/policy/mailbox';
import { call } from '../../lib/cloud';
import { useCloud } from '../../lib/use-cloud';

const withCursor = (cursor: string | undefined) => (cursor ? { cursor } : {});

export interface InboxFilter {
  status?: LetterStatus;
  category?: LetterCategory;
}

export const mailboxApi = {
  send: (data: RequestOf<'mailbox', 'send'>) => call('mailbox', 'send', data),
  snap: (data: RequestOf<'mailbox', 'snap'>) => call('mailbox', 'snap', data),
  suggestCategory: (text: string) => call('mailbox', 'suggestCategory', { text }),
  uploadTicket: (ext: 'jpg' | 'png') => call('mailbox', 'uploadTicket', { ext }),
  byTicket: (ticket: string) => call('mailbox', 'byTicket', { ticket }),
  mine: (cursor: string | undefined) => call('mailbox', 'mine', withCursor(cursor)),
  myLetter: (letterId: string) => call('mailbox', 'myLetter', { letterId }),
  inbox: (filter: InboxFilter, cursor: string | undefined) =>
    call('mailbox', 'inbox', { ...filter, ...withCursor(cursor) }),
  setStatus: (letterId: string, status: RequestOf<'mailbox', 'setStatus'>['status']) =>
    call('mailbox', 'setStatus', { letterId, status }),
  recategorise: (letterId: string, category: LetterCategory) =>
    call('mailbox', 'recategorise', { letterId, category }),
  reply: (letterId: string, text: string, photos: string[], requestId: string) =>
    call('mailbox', 'reply', { letterId, text, photos, requestId }),
  replyTemplate: () => call('mailbox', 'replyTemplate', {}),
  subscribeReplies: (accepted: boolean) => call('mailbox', 'subscribeReplies', { accepted }),
  settings: () => call('mailbox', 'settings', {}),
  saveSettings: (data: RequestOf<'mailbox', 'saveSettings'>) =>
    call('mailbox', 'saveSettings', data),
  rate: (data: RequestOf<'mailbox', 'rate'>) => call('mailbox', 'rate', data),
  reopen: (data: RequestOf<'mailbox', 'reopen'>) => call('mailbox', 'reopen', data),
  delegates: () => call('mailbox', 'delegates', {}),
  setDelegates: (memberIds: string[]) => call('mailbox', 'setDelegates', { memberIds }),
  /** Members of the caller's organisation by name, to name as deputies. */
  findMembers: (orgId: string, q: string) => call('member', 'list', { orgId, q }),
};

/** A reader opens a letter: the server marks an unread one read as it hands it out. */
export const useOpenedLetter = (letterId: string) => useCloud('mailbox', 'open', { letterId });

export const useMailboxSettings = () => useCloud('mailbox', 'settings', {});

export const useMailboxStats = (orgId: string | undefined) =>
  useCloud('mailbox', 'stats', orgId ? { orgId } : {});
