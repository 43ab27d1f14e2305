import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ReverseForm } from '../../../features/points/components/ReverseForm';
import { signed } from '../../../features/points/labels';
import './index.scss';

/** An admin's 冲正 of the ledger entry in `entryId`. */
export default function ReversePointsPage() {
  const { params } = useRouter();
  const entryId = params.entryId ? decodeURIComponent(params.entryId) : '';
  const [done, setDone] = useState<{ points: number }>();
  return (
    <View className="page">
      <View className="reverse-page__intro">
        <Text>
          冲正会记一笔相反的积分来更正这条记录，原记录保留在明细中，每条记录只能冲正一次。
        </Text>
      </View>
      {done ? (
        <View className="reverse-page__intro" data-testid="reverse-done">
          <Text className="reverse-page__result">已冲正 {signed(done.points)} 分</Text>
        </View>
      ) : (
        <ReverseForm entryId={entryId} onDone={setDone} />
      )}
    </View>
  );
}
