import { useEffect, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useMailboxStats } from '../../../features/mailbox/api';
import { StatsBars } from '../../../features/mailbox/components/StatsBars';
import { StatsOrgPicker } from '../../../features/mailbox/components/StatsOrgPicker';

/**
 * The mailbox figures of the organisation the caller manages, its subtree's letters included,
 * and of any organisation below it picked level by level (or `?orgId=` below it).
 */
export default function MailboxStatsPage() {
  const { params } = useRouter();
  const [picked, setPicked] = useState(params.orgId);
  const [topId, setTopId] = useState<string>();
  const { data, error, reload } = useMailboxStats(picked);
  // Where the caller's figures start: the first organisation answered, the top of the picker.
  useEffect(() => {
    if (data && !topId) setTopId(data.orgId);
  }, [data, topId]);
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  return (
    <View className="page">
      <StatsOrgPicker topId={topId ?? data.orgId} orgId={data.orgId} onPick={setPicked} />
      <StatsBars stats={data} />
    </View>
  );
}
