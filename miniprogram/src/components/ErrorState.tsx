import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { errorView, type CloudError, type Recovery } from '../lib/cloud-error';
import './state.scss';

const HOME = '/pages/home/index';

const ACTIONS: Record<Recovery, string> = { bind: '去绑定', home: '返回首页', retry: '重试' };

/**
 * A page that could not load: why, in words, and the one way on that fits — 去绑定 for someone
 * not yet bound, 返回首页 for what is missing or not theirs, 重试 when trying again may help.
 */
export function ErrorState({
  error,
  onRetry,
  notFound,
}: {
  error: CloudError;
  onRetry: () => void;
  notFound?: string;
}) {
  const view = errorView(error, notFound);
  const act = () => {
    if (view.recovery === 'retry') onRetry();
    else if (view.recovery === 'bind') void Taro.navigateTo({ url: '/packages/member/bind/index' });
    else void Taro.switchTab({ url: HOME });
  };
  return (
    <View className="state" role="alert">
      <Text className="state__text">{view.message}</Text>
      {view.hint && <Text className="state__hint">{view.hint}</Text>}
      <Button
        className="state__action"
        type="primary"
        fill="outline"
        data-testid={`error-${view.recovery}`}
        onClick={act}
      >
        {ACTIONS[view.recovery]}
      </Button>
    </View>
  );
}
