import type { SubscriptionDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { bump } from '../../_shared/notices/counters';
import { action } from '../../_shared/router';
import { NOTICE_TEMPLATE_ID } from '../templates';

const KNOWN_TEMPLATES = [NOTICE_TEMPLATE_ID];

export const templates = action('notice', 'templates', {
  async handler() {
    return { templateIds: KNOWN_TEMPLATES };
  },
});

/**
 * Records what the member accepted in wx.requestSubscribeMessage: each accept buys one send.
 * A replayed report over-counts at worst; WeChat then refuses with 43101 and the drain zeroes it.
 */
export const subscribe = action('notice', 'subscribe', {
  async handler({ accepted }, caller) {
    const member = requireMember(caller);
    const ids = [...new Set(accepted)].filter((id) => KNOWN_TEMPLATES.includes(id));
    const quota: Record<string, number> = {};
    for (const templateId of ids) {
      const _id = `${member._id}:${templateId}`;
      await bump(COLLECTIONS.subscriptions.name, _id, 'quota', 1, {
        memberId: member._id,
        templateId,
      });
      quota[templateId] =
        (await findById<SubscriptionDoc>(COLLECTIONS.subscriptions.name, _id))?.quota ?? 0;
    }
    return { quota };
  },
});
