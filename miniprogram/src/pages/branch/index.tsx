import { View } from '@tarojs/components';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { useMe } from '../../features/member/api';
import { BindingPrompt } from '../../features/member/components/BindingPrompt';
import { OrgCard } from '../../features/member/components/OrgCard';
import { canManageRoster } from '../../features/member/scope';
import { NoticeLinks } from '../../features/notice/components/NoticeLinks';
import { BranchPointsEntry } from '../../features/points/components/BranchPointsEntry';

export default function BranchPage() {
  const { data, error, reload } = useMe();
  return (
    <View className="page">
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : !data ? (
        <Loading />
      ) : data.bound ? (
        <>
          <OrgCard org={data.org} />
          <NoticeLinks canSend={canManageRoster(data)} />
          <BranchPointsEntry />
        </>
      ) : (
        <BindingPrompt />
      )}
    </View>
  );
}
