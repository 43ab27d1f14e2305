import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useMe } from '../../../features/member/api';
import { BindingPrompt } from '../../../features/member/components/BindingPrompt';
import { ProfileDetails } from '../../../features/member/components/ProfileDetails';

export default function ProfilePage() {
  const { data, error, reload } = useMe();
  return (
    <View className="page">
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : !data ? (
        <Loading />
      ) : data.bound ? (
        <ProfileDetails member={data.member} roles={data.roles} org={data.org} />
      ) : (
        <BindingPrompt />
      )}
    </View>
  );
}
