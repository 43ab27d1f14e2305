import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useMember } from '../../../features/member/api';
import { AdjustForm } from '../../../features/points/components/AdjustForm';
import { adjustedText } from '../../../features/points/labels';
import { adminOrgId, useSession } from '../../../lib/session';
import './index.scss';

/** 补发 / 违规扣减 for the member in `memberId`, opened from the member's detail page. */
export default function AdjustPointsPage() {
  const { params } = useRouter();
  const member = useMember(params.memberId ?? '');
  const { data: me } = useSession();
  const [done, setDone] = useState<{ entryId: string; awarded: number }>();
  if (member.error) return <ErrorState error={member.error} onRetry={member.reload} />;
  if (!member.data) return <Loading />;
  return (
    <View className="page">
      <View className="adjust-page__who">
        <Text className="adjust-page__name">{member.data.name}</Text>
        <Text className="adjust-page__org">{member.data.orgName}</Text>
      </View>
      {done ? (
        <View className="adjust-page__done" data-testid="adjust-done">
          <Text className="adjust-page__result">{adjustedText(done.awarded)}</Text>
          <Text className="adjust-page__note">已记入该党员的积分明细，本人可以看到原因。</Text>
          <View className="field-actions">
            <Button type="primary" fill="outline" onClick={() => setDone(undefined)}>
              继续调整
            </Button>
            {me?.bound && adminOrgId(me) && (
              <Button
                type="primary"
                fill="outline"
                data-testid="reverse-adjustment"
                onClick={() =>
                  Taro.navigateTo({
                    url: `/packages/points/reverse/index?entryId=${encodeURIComponent(done.entryId)}`,
                  })
                }
              >
                更正本次调整
              </Button>
            )}
          </View>
        </View>
      ) : (
        <AdjustForm memberId={member.data._id} onDone={setDone} />
      )}
    </View>
  );
}
