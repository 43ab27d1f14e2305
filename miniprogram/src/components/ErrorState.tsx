import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { CloudError } from '../lib/cloud-error';
import './state.scss';

export function ErrorState({ error, onRetry }: { error: CloudError; onRetry: () => void }) {
  return (
    <View className="state" role="alert">
      <Text className="state__text">{error.message}</Text>
      <Button className="state__action" type="primary" fill="outline" onClick={onRetry}>
        重试
      </Button>
    </View>
  );
}
