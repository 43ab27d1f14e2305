import { cloud } from './cloud';

/**
 * The trigger name of a timer event from the platform, or null for anything else. Only the
 * platform's trigger comes without an OPENID, so a client cannot start a timer's work by sending
 * a timer-shaped event.
 */
export function platformTimer(event: unknown): string | null {
  if (typeof event !== 'object' || event === null) return null;
  const { Type, TriggerName } = event as { Type?: unknown; TriggerName?: unknown };
  if (Type !== 'Timer' || cloud.getWXContext().OPENID) return null;
  return typeof TriggerName === 'string' ? TriggerName : '';
}
