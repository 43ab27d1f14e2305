import { View } from '@tarojs/components';
import { DemoIdentitySwitcher } from '../../components/DemoIdentitySwitcher';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { useMe } from '../../features/member/api';
import { MeCard } from '../../features/member/components/MeCard';
import { PointsCard } from '../../features/points/components/PointsCard';

export default function MePage() {
  const { data, error, reload } = useMe();
  return (
    <View className="page page--flush">
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : data ? (
        <>
          <MeCard me={data} />
          {data.bound && <PointsCard key={data.member._id} />}
        </>
      ) : (
        <Loading />
      )}
      {process.env.TARO_ENV === 'h5' && <DemoIdentitySwitcher onChange={reload} />}
    </View>
  );
}
