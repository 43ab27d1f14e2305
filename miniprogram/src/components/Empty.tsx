import { Text, View } from '@tarojs/components';
import './state.scss';

export function Empty({ message }: { message: string }) {
  return (
    <View className="state">
      <View className="state__mark" />
      <Text className="state__text">{message}</Text>
    </View>
  );
}
