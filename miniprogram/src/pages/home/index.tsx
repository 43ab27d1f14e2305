import { View } from '@tarojs/components';
import { Empty } from '../../components/Empty';

export default function HomePage() {
  return (
    <View className="page">
      <Empty message="暂无党建新鲜事" />
    </View>
  );
}
