import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { BoundMemberPage } from '../../../features/member/components/BoundMemberPage';
import { useMyHours } from '../../../features/school/api';
import { HoursCard } from '../../../features/school/components/HoursCard';
import { OfflineRecords } from '../../../features/school/components/OfflineRecords';
import { adminOrgId, type BoundMe } from '../../../lib/session';
import '../../../features/school/components/school.scss';

/** My 学时 this year: online and offline, against my requirement and today's pace. */
function MyHours({ me }: { me: BoundMe }) {
  const hours = useMyHours();
  if (hours.error) return <ErrorState error={hours.error} onRetry={hours.reload} />;
  if (!hours.data) return <Loading />;
  return (
    <View className="page">
      <HoursCard hours={hours.data} />
      <Text className="school-section">
        今年应完成 {hours.data.required} 学时（党员不少于 32 学时，支部书记和委员不少于 56
        学时）。线上学习按真实学习时长认定，{hours.data.minutesPerHour} 分钟计 1
        学时；线下培训由支部登记。
      </Text>
      {adminOrgId(me) && (
        <View className="school-actions">
          <Button
            fill="outline"
            block
            data-testid="school-hours-settings-entry"
            onClick={() => void Taro.navigateTo({ url: '/packages/school/settings/index' })}
          >
            学时标准设置
          </Button>
        </View>
      )}
      <Text className="school-section">线下学时记录</Text>
      <OfflineRecords memberId={me.member._id} />
    </View>
  );
}

export default function MyHoursPage() {
  return <BoundMemberPage>{(me) => <MyHours me={me} />}</BoundMemberPage>;
}
