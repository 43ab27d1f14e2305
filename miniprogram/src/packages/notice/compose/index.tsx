import { View } from '@tarojs/components';
import type { OrgNode } from '../../../../../typings';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useOrgTree } from '../../../features/member/api';
import { NoticeForm, type Audience } from '../../../features/notice/components/NoticeForm';
import { adminOrgId, managedBranchId, useSession, type BoundMe } from '../../../lib/session';

/** A secretary sends to their branch; an admin to their organisation or any part of it. */
function audiencesOf(me: BoundMe, tree: OrgNode[]): Audience[] {
  const adminId = adminOrgId(me);
  const admin = adminId ? tree.find((org) => org._id === adminId) : undefined;
  const below = admin ? tree.filter((org) => org.path.startsWith(admin.path)) : [];
  const branchId = managedBranchId(me);
  const branch = branchId && tree.find((org) => org._id === branchId);
  const all = [...below, ...(branch ? [branch] : [])];
  return [...new Map(all.map((org) => [org._id, { id: org._id, name: org.name }])).values()];
}

export default function ComposeNoticePage() {
  const me = useSession();
  const tree = useOrgTree();
  const error = me.error ?? tree.error;
  if (error) {
    const retry = () => {
      me.reload();
      tree.reload();
    };
    return <ErrorState error={error} onRetry={retry} />;
  }
  if (!me.data || !tree.data) return <Loading />;
  const audiences = me.data.bound ? audiencesOf(me.data, tree.data.items) : [];
  if (!audiences.length) return <Empty message="只有书记或党组织管理员可以发通知" />;
  return (
    <View className="page">
      <NoticeForm audiences={audiences} />
    </View>
  );
}
