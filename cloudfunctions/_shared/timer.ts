import { cloud } from './cloud';

/**
 * The trigger name of a timer event from the platform, or null for anything else. The platform
 * marks its own trigger with SOURCE `wx_trigger`; a missing OPENID proves nothing (a page opened
 * in moments single-page mode calls without one), so a client cannot start a timer's work by
 * sending a timer-shaped event.
 */
export function platformTimer(event: unknown): string | null {
  if (typeof event !== 'object' || event === null) return null;
  const { Type, TriggerName } = event as { Type?: unknown; TriggerName?: unknown };
  if (Type !== 'Timer' || cloud.getWXContext().SOURCE !== 'wx_trigger') return null;
  return typeof TriggerName === 'string' ? TriggerName : '';
}
