import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useMyActivities } from '../../../features/activity/api';
import { MyActivities } from '../../../features/activity/components/MyActivities';

export default function MyActivitiesPage() {
  const mine = useMyActivities();
  if (mine.error) return <ErrorState error={mine.error} onRetry={mine.reload} />;
  if (!mine.data) return <Loading />;
  return (
    <View className="page">
      <MyActivities mine={mine.data} />
    </View>
  );
}
