import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import '../../../components/list-row.scss';
import './MySharesEntry.scss';

/** 我的 page's way to the articles the member forwarded and how many colleagues opened each. */
export function MySharesEntry() {
  return (
    <View
      className="list-row my-shares-entry"
      role="link"
      hoverClass="list-row--pressed"
      data-testid="me-my-shares"
      onClick={() => Taro.navigateTo({ url: '/packages/news/shares/index' })}
    >
      <Text className="list-row__title">我的分享</Text>
      <Text className="list-row__meta">转发过的文章，各有几位同事打开</Text>
    </View>
  );
}
