import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import './BindingPrompt.scss';

const openBind = () => Taro.navigateTo({ url: '/packages/member/bind/index' });

/** What an unbound WeChat user sees: binding is done with an invite code from the secretary. */
export function BindingPrompt() {
  return (
    <View className="binding-prompt">
      <Text className="binding-prompt__title">你还没有绑定党员身份</Text>
      <Text className="binding-prompt__hint">请联系支部书记获取邀请码</Text>
      <Button
        className="binding-prompt__action"
        type="primary"
        data-testid="open-bind"
        onClick={openBind}
      >
        输入邀请码绑定
      </Button>
    </View>
  );
}
