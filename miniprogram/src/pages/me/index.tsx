import { View } from '@tarojs/components';
import { DemoIdentitySwitcher } from '../../components/DemoIdentitySwitcher';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { MyLettersEntry } from '../../features/mailbox/components/MyLettersEntry';
import { MeCard } from '../../features/member/components/MeCard';
import { MySharesEntry } from '../../features/news/components/MySharesEntry';
import { PointsCard } from '../../features/points/components/PointsCard';
import { useSession } from '../../lib/session';

export default function MePage() {
  const { data, error, reload } = useSession();
  return (
    <View className="page page--flush">
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : data ? (
        <>
          <MeCard me={data} />
          {data.bound && <PointsCard key={data.member._id} />}
          {data.bound && <MyLettersEntry />}
          {data.bound && <MySharesEntry />}
        </>
      ) : (
        <Loading />
      )}
      {process.env.TARO_ENV === 'h5' && <DemoIdentitySwitcher />}
    </View>
  );
}
