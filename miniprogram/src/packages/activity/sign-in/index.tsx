import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { SignInHost } from '../../../features/activity/components/SignInHost';

export default function SignInCodePage() {
  const { id = '' } = useRouter().params;
  return (
    <View className="page">
      <SignInHost activityId={decodeURIComponent(id)} />
    </View>
  );
}
