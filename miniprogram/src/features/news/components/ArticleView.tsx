import { RichText, Text, View } from '@tarojs/components';
import type { ArticleDetail } from '../../../../../typings';
import { formatDateTime } from '../../../lib/format';
import './tag.scss';
import './ArticleView.scss';

/** An article as its readers see it; the body is HTML the server sanitised when it was saved. */
export function ArticleView({ article }: { article: ArticleDetail }) {
  return (
    <View className="article" data-testid="article">
      <Text className="article__title">{article.title}</Text>
      {article.sharedBy && (
        <Text className="article__shared-by" data-testid="article-shared-by">
          由 {article.sharedBy} 分享
        </Text>
      )}
      <View className="article__meta">
        <Text className="news-tag news-tag--outline">{article.column}</Text>
        {article.source && <Text className="article__meta-item">来源：{article.source}</Text>}
        {/* A byline that repeats the source says nothing more. */}
        {article.author && article.author !== article.source && (
          <Text className="article__meta-item">作者：{article.author}</Text>
        )}
        {article.publishedAt && (
          <Text className="article__meta-item">{formatDateTime(article.publishedAt)}</Text>
        )}
      </View>
      <RichText className="article__body" nodes={article.body} />
      <View className="article__counts">
        <Text data-testid="article-reads">阅读 {article.readCount}</Text>
        <Text>经转发阅读 {article.shareOpenCount}</Text>
      </View>
    </View>
  );
}
