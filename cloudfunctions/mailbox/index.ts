import { defineFunction } from '../_shared/router';
import { suggestCategory, uploadTicket } from './actions/compose';
import { delegates, saveSettings, setDelegates, settings, stats } from './actions/manage';
import { inbox, open, recategorise, reply, setStatus } from './actions/recipient';
import { send, snap } from './actions/send';
import { byTicket, mine, myLetter, rate, reopen } from './actions/writer';

/**
 * 书记信箱 and 随手拍: letters to the branch's 书记 or the 党委 above, anonymous when the writer
 * asks, in a way that survives a look at every collection (docs/domain.md §8.3).
 */
export const main = defineFunction('mailbox', {
  send,
  snap,
  suggestCategory,
  uploadTicket,
  byTicket,
  mine,
  myLetter,
  rate,
  reopen,
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
