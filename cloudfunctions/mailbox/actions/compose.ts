import { requireMember } from '../../_shared/caller';
import { newId } from '../../_shared/ids';
import { action } from '../../_shared/router';
import { loadSettings } from '../repo';
import { categorise } from '../rules/categorise';

/** The category the rules suggest while the writer types. */
export const suggestCategory = action('mailbox', 'suggestCategory', {
  async handler({ text }, caller) {
    const member = requireMember(caller);
    return categorise(text, (await loadSettings(member.orgPath)).rules);
  },
});

/**
 * Where to upload one photo: a random path under `mailbox/in/`, recorded nowhere, so nothing
 * stored ties the photo to its writer; the send takes it in and deletes it.
 */
export const uploadTicket = action('mailbox', 'uploadTicket', {
  async handler({ ext }, caller) {
    requireMember(caller);
    return { cloudPath: `mailbox/in/${newId()}.${ext === 'jpeg' ? 'jpg' : ext}` };
  },
});
