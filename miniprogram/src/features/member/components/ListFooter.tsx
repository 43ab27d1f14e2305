import { Text, View } from '@tarojs/components';
import './ListFooter.scss';

/** Below an infinite list: whether more is coming, or that the end is reached. */
export function ListFooter({ loadingMore, hasMore }: { loadingMore: boolean; hasMore: boolean }) {
  return (
    <View className="list-footer">
      <Text>{loadingMore ? '加载中…' : hasMore ? '上拉加载更多' : '没有更多了'}</Text>
    </View>
  );
}
