import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ArticleDetail } from '../../../../../typings';
import { useAction } from '../../../lib/use-action';
import { newsApi } from '../api';
import { STATUS_HINTS, STATUS_LABELS } from '../status';
import './tag.scss';
import { isEditable } from '../../../../../typings/policy/workflow';
import './ArticleManage.scss';

/**
 * What the article's editor or reviewer can do from the article: see who has read it, pin,
 * withdraw, or edit it again. `readersOrgId`: the organisation whose readers they may see.
 */
export function ArticleManage({
  article,
  readersOrgId,
  onChanged,
}: {
  article: ArticleDetail;
  readersOrgId: string | undefined;
  onChanged: () => void;
}) {
  const { sending, run } = useAction();
  const published = article.status === 'published';

  const act = (work: () => Promise<unknown>, done: string) =>
    run(async () => {
      await work();
      await Taro.showToast({ title: done, icon: 'success' });
      onChanged();
    });

  const status = STATUS_LABELS[article.status];
  return (
    <View className="article-manage">
      {!published && (
        <View className="article-manage__status" data-testid="article-status">
          <Text className={`news-tag news-tag--${status.tone}`}>{status.text}</Text>
          <Text className="article-manage__hint">{STATUS_HINTS[article.status]}</Text>
        </View>
      )}
      {published && readersOrgId && (
        <Button
          size="small"
          fill="outline"
          type="primary"
          onClick={() =>
            Taro.navigateTo({
              url: `/packages/news/readers/index?id=${article._id}&orgId=${readersOrgId}`,
            })
          }
        >
          阅读情况
        </Button>
      )}
      {published && readersOrgId && (
        <Button
          size="small"
          fill="outline"
          disabled={sending}
          onClick={() =>
            act(
              () => newsApi.pin(article._id, !article.pinned),
              article.pinned ? '已取消置顶' : '已置顶',
            )
          }
        >
          {article.pinned ? '取消置顶' : '置顶'}
        </Button>
      )}
      {published && (
        <Button
          size="small"
          fill="outline"
          disabled={sending}
          onClick={() => act(() => newsApi.withdraw(article._id), '已撤回')}
        >
          撤回
        </Button>
      )}
      {isEditable(article.status) && (
        <Button
          size="small"
          type="primary"
          onClick={() => Taro.navigateTo({ url: `/packages/news/edit/index?id=${article._id}` })}
        >
          编辑
        </Button>
      )}
    </View>
  );
}
