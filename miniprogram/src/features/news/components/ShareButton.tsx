import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button as NativeButton, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useAction } from '../../../lib/use-action';
import { newsApi } from '../api';
import { articleQuery } from '../share';
import './ShareButton.scss';

/**
 * 转发到群. In WeChat it is the share button, whose card useArticleShare makes. A browser cannot
 * forward into a WeChat group: there it copies the member's link and says so plainly, showing
 * the link as well in case the clipboard is refused.
 */
export function ShareButton({ articleId }: { articleId: string }) {
  if (process.env.TARO_ENV === 'weapp') {
    return (
      <View className="share-bar">
        <NativeButton className="share-bar__button" openType="share" data-testid="share-to-group">
          转发到群
        </NativeButton>
      </View>
    );
  }
  return <CopyLinkButton articleId={articleId} />;
}

function CopyLinkButton({ articleId }: { articleId: string }) {
  const { sending, run } = useAction();
  const [shared, setShared] = useState<{ url: string; copied: boolean }>();
  const copy = () =>
    run(async () => {
      const { token } = await newsApi.share(articleId);
      const { origin, pathname } = window.location;
      const url = `${origin}${pathname}?${articleQuery(articleId, token)}`;
      const copied = await Taro.setClipboardData({ data: url }).then(
        () => true,
        () => false,
      );
      setShared({ url, copied });
    });
  return (
    <View className="share-bar">
      <Button
        type="primary"
        fill="outline"
        block
        disabled={sending}
        data-testid="share-to-group"
        onClick={copy}
      >
        转发到群
      </Button>
      {shared && (
        <View className="share-bar__note" data-testid="share-note">
          <Text>
            {shared.copied ? '链接已复制，可粘贴发给同事。' : '请复制下面的链接发给同事。'}
            浏览器里不能直接转发到微信群：在微信小程序中点「转发到群」才能选择群聊。
          </Text>
          <Text className="share-bar__link" data-testid="share-link" userSelect>
            {shared.url}
          </Text>
        </View>
      )}
    </View>
  );
}
