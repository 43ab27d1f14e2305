import { Text, View } from '@tarojs/components';
import { adminOrgId, managedBranchId, type BoundMe } from '../../../lib/session';
import { LinkRow } from './LinkRow';
import './ManageLinks.scss';

/** Entries to the management pages the caller's roles open; the server still checks each call. */
export function ManageLinks({ me }: { me: BoundMe }) {
  const branchId = managedBranchId(me);
  const orgId = adminOrgId(me);
  if (!branchId && !orgId) return null;
  return (
    <View className="manage-links" data-testid="manage-links">
      <Text className="manage-links__title">组织管理</Text>
      <View className="manage-links__group">
        {branchId && (
          <LinkRow title="本支部党员名册" url={`/packages/member/roster/index?orgId=${branchId}`} />
        )}
        {orgId && (
          <>
            <LinkRow title="组织架构" url="/packages/member/org-tree/index" />
            <LinkRow title="全部党员名册" url={`/packages/member/roster/index?orgId=${orgId}`} />
            <LinkRow title="敏感信息访问记录" url="/packages/member/audit-log/index" />
          </>
        )}
      </View>
    </View>
  );
}
