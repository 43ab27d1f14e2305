import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MyShareItem } from '../../../../../typings';
import { formatDateTime } from '../../../lib/format';
import { ARTICLE_PAGE, articleQuery } from '../share';
import '../../../components/list-row.scss';

/** One of the member's shares: the article, when it was first forwarded, who opened it. */
export function ShareRow({ share }: { share: MyShareItem }) {
  return (
    <View
      className="list-row"
      role="link"
      hoverClass="list-row--pressed"
      data-testid={`share-${share.articleId}`}
      onClick={() => Taro.navigateTo({ url: `${ARTICLE_PAGE}?${articleQuery(share.articleId)}` })}
    >
      <Text className="list-row__title">{share.title}</Text>
      <Text className="list-row__meta" data-testid="share-opens">
        {formatDateTime(share.sharedAt)} 转发 · {share.opens} 位同事打开
      </Text>
    </View>
  );
}
