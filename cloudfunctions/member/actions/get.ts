import { requireMember } from '../../_shared/caller';
import { action } from '../../_shared/router';
import { forbidden } from '../../_shared/errors';
import { seesOrg } from '../../_shared/scope';
import { loadMember } from '../repo';
import { readsRecord, toColleague, toDetail } from '../views';

/**
 * One member, masked: the record for themself and whoever manages their branch; to a colleague
 * of the branch only their name, seats and post.
 */
export const get = action('member', 'get', {
  async handler({ id }, caller) {
    const viewer = requireMember(caller);
    const { member, org } = await loadMember(id);
    if (viewer._id !== member._id && !seesOrg(viewer, org))
      throw forbidden('没有权限查看该党员的信息');
    if (!readsRecord(viewer, member)) return toColleague(member, org.name);
    return toDetail(member, org, viewer);
  },
});
