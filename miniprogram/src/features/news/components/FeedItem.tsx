import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { ArticleListItem } from '../../../../../typings';
import { formatDateTime } from '../../../lib/format';
import { displayable } from '../media';
import './tag.scss';
import './FeedItem.scss';

/**
 * One article of the feed; tapping it opens the article. `showScope` names the organisation it
 * was published for (下级动态 mixes many).
 */
export function FeedItem({
  article,
  showScope,
}: {
  article: ArticleListItem;
  showScope?: boolean;
}) {
  return (
    <View
      className="feed-item"
      role="link"
      hoverClass="feed-item--pressed"
      data-testid={`feed-item-${article._id}`}
      onClick={() => Taro.navigateTo({ url: `/packages/news/article/index?id=${article._id}` })}
    >
      <View className="feed-item__main">
        <Text className="feed-item__title">{article.title}</Text>
        {article.summary && <Text className="feed-item__summary">{article.summary}</Text>}
        <View className="feed-item__meta">
          {article.pinned && <Text className="news-tag news-tag--red">置顶</Text>}
          <Text className="news-tag news-tag--outline">{article.column}</Text>
          {showScope && <Text className="feed-item__scope">{article.scopeName}</Text>}
          <Text className="feed-item__time">{formatDateTime(article.publishedAt)}</Text>
          <Text className="feed-item__reads">{article.readCount} 阅读</Text>
        </View>
      </View>
      {displayable(article.cover) && (
        <Image className="feed-item__cover" src={article.cover} mode="aspectFill" />
      )}
    </View>
  );
}
