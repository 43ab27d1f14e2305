import { requireMember } from '../../_shared/caller';
import { action } from '../../_shared/router';
import { ledgerPage } from '../ledger-page';

/** The member's own ledger, newest first. */
export const history = action('points', 'history', {
  async handler({ cursor }, caller) {
    return ledgerPage(requireMember(caller)._id, cursor);
  },
});
