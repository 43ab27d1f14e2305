import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useMailboxStats } from '../../../features/mailbox/api';
import { StatsBars } from '../../../features/mailbox/components/StatsBars';

/** The mailbox figures of the organisation the caller manages (or `?orgId=` below it). */
export default function MailboxStatsPage() {
  const { params } = useRouter();
  const { data, error, reload } = useMailboxStats(params.orgId);
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  return (
    <View className="page">
      <StatsBars stats={data} />
    </View>
  );
}
