import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useMyHours } from '../../../features/school/api';
import { HoursCard } from '../../../features/school/components/HoursCard';
import '../../../features/school/components/school.scss';

/** My 学时 this year: online and offline, against my requirement and today's pace. */
export default function MyHoursPage() {
  const hours = useMyHours();
  if (hours.error) return <ErrorState error={hours.error} onRetry={hours.reload} />;
  if (!hours.data) return <Loading />;
  return (
    <View className="page">
      <HoursCard hours={hours.data} />
      <Text className="school-section">
        党员每年学习培训不少于 32 学时，支部书记和委员不少于 56 学时。线上学习按真实学习时长认定，
        {hours.data.minutesPerHour} 分钟计 1 学时；线下培训由支部登记。
      </Text>
    </View>
  );
}
