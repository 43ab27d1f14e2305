import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useNoticeStats } from '../../../features/notice/api';
import { RecipientList } from '../../../features/notice/components/RecipientList';
import { StatsCard } from '../../../features/notice/components/StatsCard';

/** How far a notice reached and who has read it; the unread can be reminded once a day. */
export default function NoticeStatsPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const { data, error, reload } = useNoticeStats(id);
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  return (
    <View className="page">
      <StatsCard stats={data} onReminded={reload} />
      <RecipientList noticeId={id} />
    </View>
  );
}
