import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useMe } from '../../../features/member/api';
import { BindingPrompt } from '../../../features/member/components/BindingPrompt';
import { ProfileEditor } from '../../../features/member/components/ProfileEditor';

export default function ProfileEditPage() {
  const { data, error, reload } = useMe();
  return (
    <View className="page">
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : !data ? (
        <Loading />
      ) : data.bound ? (
        <ProfileEditor key={data.member._id} member={data.member} />
      ) : (
        <BindingPrompt />
      )}
    </View>
  );
}
