import { defineFunction } from '../_shared/router';
import { platformTimer } from '../_shared/timer';
import { suggestCategory, uploadTicket } from './actions/compose';
import { delegates, saveSettings, setDelegates, settings, stats } from './actions/manage';
import { inbox, open, recategorise, reply, setStatus } from './actions/recipient';
import { send, snap } from './actions/send';
import { dropPastLimits, flagOverdue } from './deadlines';
import {
  byTicket,
  mine,
  myLetter,
  rate,
  reopen,
  replyTemplate,
  subscribeReplies,
} from './actions/writer';

const api = defineFunction('mailbox', {
  send,
  snap,
  suggestCategory,
  uploadTicket,
  byTicket,
  mine,
  myLetter,
  rate,
  reopen,
  replyTemplate,
  subscribeReplies,
  inbox,
  open,
  setStatus,
  recategorise,
  reply,
  setDelegates,
  delegates,
  stats,
  settings,
  saveSettings,
});

/**
 * 书记信箱 and 随手拍: letters to the branch's 书记 or the 党委 above, anonymous when the writer
 * asks, in a way that survives a look at every collection (docs/domain.md §8.3). The timer
 * trigger flags letters past their deadline and drops past days' counters.
 */
export async function main(event: unknown) {
  if (platformTimer(event) !== null)
    return { ...(await flagOverdue()), ...(await dropPastLimits()) };
  return api(event);
}
