import { View } from '@tarojs/components';
import { Empty } from '../../components/Empty';

export default function SchoolPage() {
  return (
    <View className="page">
      <Empty message="暂无党课内容" />
    </View>
  );
}
