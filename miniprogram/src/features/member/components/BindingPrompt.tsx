import { Text, View } from '@tarojs/components';
import './BindingPrompt.scss';

/** What an unbound WeChat user sees: binding is done with an invite code from the secretary. */
export function BindingPrompt() {
  return (
    <View className="binding-prompt">
      <Text className="binding-prompt__title">你还没有绑定党员身份</Text>
      <Text className="binding-prompt__hint">请联系支部书记获取邀请码</Text>
    </View>
  );
}
