import { defineFunction } from '../_shared/router';
import { platformTimer } from '../_shared/timer';
import { get, inbox } from './actions/inbox';
import { remind } from './actions/remind';
import { send } from './actions/send';
import { recipients, sent, stats } from './actions/stats';
import { subscribe, templates } from './actions/subscribe';
import { uploadTicket } from './actions/upload';
import { drainOutbox } from './drain';

const api = defineFunction('notice', {
  templates,
  subscribe,
  send,
  inbox,
  get,
  sent,
  stats,
  recipients,
  remind,
  uploadTicket,
});

/**
 * 通知: secretaries' notices to the in-app message centre and as subscribe messages. The timer
 * trigger drains the outbox.
 */
export async function main(event: unknown) {
  if (platformTimer(event) !== null) return drainOutbox();
  return api(event);
}
