import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import './LinkRow.scss';

/** One tappable row that opens a page. */
export function LinkRow({ title, url }: { title: string; url: string }) {
  return (
    <View
      className="link-row"
      role="link"
      hoverClass="link-row--pressed"
      onClick={() => Taro.navigateTo({ url })}
    >
      <Text>{title}</Text>
      <Text className="link-row__chevron">›</Text>
    </View>
  );
}
