import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { BindingPrompt } from '../../../features/member/components/BindingPrompt';
import { RosterTransfer } from '../../../features/member/components/RosterTransfer';
import { defaultRosterOrgId } from '../../../features/member/scope';
import { adminOrgId, useSession } from '../../../lib/session';

export default function ImportExportPage() {
  const { params } = useRouter();
  const { data: me, error, reload } = useSession();
  return (
    <View className="page">
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : !me ? (
        <Loading />
      ) : !me.bound ? (
        <BindingPrompt />
      ) : (
        <RosterTransfer
          memberId={me.member._id}
          orgId={params.orgId || defaultRosterOrgId(me)}
          canExportFull={Boolean(adminOrgId(me))}
        />
      )}
    </View>
  );
}
