import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useEntryToCorrect } from '../../../features/points/api';
import { LedgerRow } from '../../../features/points/components/LedgerRow';
import { ReverseForm } from '../../../features/points/components/ReverseForm';
import { signed } from '../../../features/points/labels';
import './index.scss';

/**
 * An admin's 更正 (a reversal) of the ledger entry in `entryId`: whose entry it is, its points
 * and reason as the server has them, what correcting does, then the reason for correcting.
 */
export default function ReversePointsPage() {
  const { params } = useRouter();
  const entryId = params.entryId ? decodeURIComponent(params.entryId) : '';
  const found = useEntryToCorrect(entryId);
  const [done, setDone] = useState<{ points: number }>();
  if (found.error)
    return <ErrorState error={found.error} onRetry={found.reload} notFound="找不到这条积分记录" />;
  if (!found.data) return <Loading />;
  const { entry, member, refusal } = found.data;
  return (
    <View className="page">
      <View className="reverse-page__who" data-testid="reverse-member">
        <Text className="reverse-page__name">{member.name}</Text>
        <Text className="reverse-page__org">{member.orgName}</Text>
      </View>
      <LedgerRow entry={entry} reversed={false} />
      <View className="reverse-page__intro">
        <Text>
          更正是记一笔相反的积分，抵消这条记错的记录：{member.name}的积分将 {signed(-entry.points)}{' '}
          分。原记录仍留在明细中，标为「已更正」；每条记录只能更正一次。
        </Text>
      </View>
      {done ? (
        <View className="reverse-page__intro" data-testid="reverse-done">
          <Text className="reverse-page__result">已更正 {signed(done.points)} 分</Text>
        </View>
      ) : refusal ? (
        <View className="reverse-page__intro" data-testid="reverse-refusal">
          <Text className="reverse-page__refusal">{refusal}</Text>
        </View>
      ) : (
        <ReverseForm entryId={entryId} onDone={setDone} />
      )}
    </View>
  );
}
