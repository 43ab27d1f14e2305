import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { MemberLedger } from '../../../features/points/components/MemberLedger';

/** The ledger of the member in `memberId`, opened from the branch page's roster. */
export default function MemberHistoryPage() {
  const { params } = useRouter();
  return (
    <View className="page">
      <MemberLedger memberId={params.memberId ?? ''} />
    </View>
  );
}
