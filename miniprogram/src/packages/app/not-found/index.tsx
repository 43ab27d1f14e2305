import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { HOME_PAGE } from '../../../lib/frame';
import '../../../components/state.scss';

/** Where an address the app does not have lands (app.ts sends it here): a way home, not a blank page. */
export default function NotFoundPage() {
  return (
    <View className="page">
      <View className="state" role="alert" data-testid="not-found">
        <View className="state__mark" />
        <Text className="state__text">页面不存在，可能链接有误或页面已下线</Text>
        <Button
          className="state__action"
          type="primary"
          data-testid="not-found-home"
          onClick={() => void Taro.reLaunch({ url: HOME_PAGE })}
        >
          去首页
        </Button>
      </View>
    </View>
  );
}
