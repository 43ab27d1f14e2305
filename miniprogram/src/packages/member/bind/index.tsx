import { View } from '@tarojs/components';
import { BindForm } from '../../../features/member/components/BindForm';

export default function BindPage() {
  return (
    <View className="page">
      <BindForm />
    </View>
  );
}
