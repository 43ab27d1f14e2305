import { requireMember } from '../../_shared/caller';
import { recordAccepted } from '../../_shared/notices/push';
import { action } from '../../_shared/router';
import { NOTICE_TEMPLATE_ID } from '../templates';

const KNOWN_TEMPLATES = [NOTICE_TEMPLATE_ID];

export const templates = action('notice', 'templates', {
  async handler() {
    return { templateIds: KNOWN_TEMPLATES };
  },
});

/** Records what the member accepted in wx.requestSubscribeMessage (recordAccepted). */
export const subscribe = action('notice', 'subscribe', {
  async handler({ accepted }, caller) {
    const member = requireMember(caller);
    const ids = [...new Set(accepted)].filter((id) => KNOWN_TEMPLATES.includes(id));
    return { quota: await recordAccepted(member._id, ids) };
  },
});
