import { Text, View } from '@tarojs/components';
import './state.scss';

export function Loading() {
  return (
    <View className="state" aria-busy>
      <View className="state__spinner" />
      <Text className="state__text">加载中…</Text>
    </View>
  );
}
