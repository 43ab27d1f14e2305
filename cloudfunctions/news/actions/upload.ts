import { requireMember } from '../../_shared/caller';
import { issueUploadPath } from '../../_shared/files';
import { action } from '../../_shared/router';

/**
 * Where an editor uploads an image or video (publishers only, see the access table): the
 * article it is first saved with keeps it.
 */
export const uploadTicket = action('news', 'uploadTicket', {
  async handler({ ext }, caller) {
    const member = requireMember(caller);
    return { cloudPath: await issueUploadPath('news', member._id, ext) };
  },
});
