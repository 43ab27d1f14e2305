import { requireMember } from '../../_shared/caller';
import { action } from '../../_shared/router';
import { forbidden } from '../../_shared/errors';
import { seesOrg } from '../../_shared/scope';
import { loadMember } from '../repo';
import { toDetail } from '../views';

/** One member, masked: for themself, their branch, and whoever manages it. */
export const get = action('member', 'get', {
  async handler({ id }, caller) {
    const viewer = requireMember(caller);
    const { member, org } = await loadMember(id);
    if (viewer._id !== member._id && !seesOrg(viewer, org))
      throw forbidden('没有权限查看该党员的信息');
    return toDetail(member, org, viewer);
  },
});
