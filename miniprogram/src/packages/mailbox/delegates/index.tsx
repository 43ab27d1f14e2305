import { View } from '@tarojs/components';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { adminOrgId, managedBranchId, useSession } from '../../../lib/session';
import { DelegatesEditor } from '../../../features/mailbox/components/DelegatesEditor';

/** A 书记 or a 党委's admin names who reads their mailbox with them. */
export default function MailboxDelegatesPage() {
  const me = useSession();
  if (me.error) return <ErrorState error={me.error} onRetry={me.reload} />;
  if (!me.data) return <Loading />;
  const orgId = me.data.bound ? (managedBranchId(me.data) ?? adminOrgId(me.data)) : undefined;
  if (!orgId) return <Empty message="只有书记或党组织管理员可以指定代阅人" />;
  return (
    <View className="page">
      <DelegatesEditor orgId={orgId} />
    </View>
  );
}
