import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import './mailbox.scss';

/** 我的 page's way to the letters the member wrote (named, and anonymous ones by kept tickets). */
export function MyLettersEntry() {
  return (
    <View className="mailbox-links">
      <View
        className="mailbox-links__row"
        role="link"
        hoverClass="mailbox-links__row--pressed"
        data-testid="me-my-letters"
        onClick={() => Taro.navigateTo({ url: '/packages/mailbox/mine/index' })}
      >
        <Text>我的信件</Text>
        <Text className="mailbox-links__chevron">›</Text>
      </View>
    </View>
  );
}
