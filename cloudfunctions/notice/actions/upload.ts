import { requireMember } from '../../_shared/caller';
import { issueUploadPath } from '../../_shared/files';
import { action } from '../../_shared/router';

/**
 * Where a sender uploads an attachment (managers only, see the access table): the notice it is
 * first sent with keeps it.
 */
export const uploadTicket = action('notice', 'uploadTicket', {
  async handler({ ext }, caller) {
    const member = requireMember(caller);
    return { cloudPath: await issueUploadPath('notice', member._id, ext) };
  },
});
