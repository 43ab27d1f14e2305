import { useState } from 'react';
import { View } from '@tarojs/components';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { Tabs, type Tab } from '../../../components/Tabs';
import { ReviewQueue, type QueueStatus } from '../../../features/news/components/ReviewQueue';
import { isOrgAdmin, reviewOrgId } from '../../../features/news/roles';
import './index.scss';
import { useSession } from '../../../lib/session';

/** The reviewer's queue; an admin also clears what content security held for a human. */
export default function ReviewPage() {
  const { data: me, error, reload } = useSession();
  const [status, setStatus] = useState<QueueStatus>('submitted');
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!me) return <Loading />;
  const orgId = me.bound ? reviewOrgId(me.roles) : undefined;
  if (!me.bound || !orgId) return <Empty message="只有书记或党组织管理员可以审核文章" />;
  const tabs: Tab<QueueStatus>[] = isOrgAdmin(me.roles)
    ? [
        { value: 'submitted', label: '待审核' },
        { value: 'reviewing', label: '需人工审核' },
      ]
    : [];
  return (
    <View className="page page--flush">
      {tabs.length > 0 && (
        <Tabs className="review-tabs" options={tabs} value={status} onChange={setStatus} />
      )}
      <ReviewQueue orgId={orgId} status={status} />
    </View>
  );
}
