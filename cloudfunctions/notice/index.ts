import { cloud } from '../_shared/cloud';
import { defineFunction } from '../_shared/router';
import { get, inbox } from './actions/inbox';
import { remind } from './actions/remind';
import { send } from './actions/send';
import { recipients, sent, stats } from './actions/stats';
import { subscribe, templates } from './actions/subscribe';
import { drainOutbox } from './drain';

const api = defineFunction({
  templates,
  subscribe,
  send,
  inbox,
  get,
  sent,
  stats,
  recipients,
  remind,
});

/**
 * 通知: secretaries' notices to the in-app message centre and as subscribe messages. The timer
 * trigger drains the outbox. Only the platform's trigger comes without an OPENID, so a client
 * cannot start a drain by sending a timer-shaped event.
 */
export async function main(event: unknown) {
  if (isTimer(event) && !cloud.getWXContext().OPENID) return drainOutbox();
  return api(event);
}

function isTimer(event: unknown): boolean {
  return (
    typeof event === 'object' && event !== null && (event as { Type?: unknown }).Type === 'Timer'
  );
}
