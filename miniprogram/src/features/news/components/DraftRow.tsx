import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ArticleDraft } from '../../../../../typings';
import { formatDateTime } from '../../../lib/format';
import { isEditable } from '../../../../../typings/policy/workflow';
import { STATUS_LABELS } from '../status';
import '../../../components/list-row.scss';
import './tag.scss';
import './DraftRow.scss';

/**
 * One of the editor's articles: its status, the reviewer's comment when returned. Tapping opens
 * the editor while it may be edited, else the article.
 */
export function DraftRow({ draft }: { draft: ArticleDraft }) {
  const status = STATUS_LABELS[draft.status];
  const url = isEditable(draft.status)
    ? `/packages/news/edit/index?id=${draft._id}`
    : `/packages/news/article/index?id=${draft._id}`;
  return (
    <View
      className="list-row"
      role="link"
      hoverClass="list-row--pressed"
      data-testid={`draft-${draft._id}`}
      onClick={() => Taro.navigateTo({ url })}
    >
      <View className="draft-row__head">
        <Text className="list-row__title draft-row__title">{draft.title}</Text>
        <Text className={`news-tag news-tag--${status.tone}`}>{status.text}</Text>
      </View>
      <Text className="list-row__meta">
        {draft.column} · {draft.scopeName} · {formatDateTime(draft.updatedAt)}
      </Text>
      {draft.status === 'returned' && draft.reviewComment && (
        <Text className="draft-row__comment">退回意见：{draft.reviewComment}</Text>
      )}
    </View>
  );
}
