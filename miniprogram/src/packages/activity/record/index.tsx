import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useActivity } from '../../../features/activity/api';
import { ActivityDetail } from '../../../features/activity/components/ActivityDetail';
import { RecordEditor } from '../../../features/activity/components/RecordEditor';

export default function RecordPage() {
  const { id = '' } = useRouter().params;
  const activity = useActivity(decodeURIComponent(id));
  if (activity.error) return <ErrorState error={activity.error} onRetry={activity.reload} />;
  if (!activity.data) return <Loading />;
  const view = activity.data;
  if (view.status === 'confirmed')
    return <ActivityDetail view={view} onChanged={activity.reload} />;
  if (!view.can.record)
    return <Empty message="只有主持人、记录人或支部书记、组织委员可以填写记录" />;
  return (
    <View className="page">
      <RecordEditor key={view.status} view={view} onChanged={activity.reload} />
    </View>
  );
}
