import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useActivity } from '../../../features/activity/api';
import { ActivityDetail } from '../../../features/activity/components/ActivityDetail';

export default function ActivityDetailPage() {
  const { id = '' } = useRouter().params;
  const activity = useActivity(decodeURIComponent(id));
  if (activity.error) return <ErrorState error={activity.error} onRetry={activity.reload} />;
  if (!activity.data) return <Loading />;
  return (
    <View className="page">
      <ActivityDetail view={activity.data} onChanged={activity.reload} />
    </View>
  );
}
