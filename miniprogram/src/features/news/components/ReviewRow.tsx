import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ArticleDraft } from '../../../../../typings';
import { ARTICLE_LIMITS } from '../../../../../typings/policy/limits';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { formatDateTime } from '../../../lib/format';
import { newsApi } from '../api';
import './ReviewRow.scss';

/**
 * A queued article with the reviewer's choices: read it, approve it, or return it with a
 * comment. `onDone` refreshes the queue.
 */
export function ReviewRow({ draft, onDone }: { draft: ArticleDraft; onDone: () => void }) {
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const held = draft.status === 'reviewing';

  const decide = async (approve: boolean) => {
    if (!approve && !comment.trim()) {
      setError('退回时请填写意见');
      return;
    }
    setSending(true);
    setError('');
    try {
      const result = await newsApi.review(draft._id, approve, approve ? undefined : comment.trim());
      const published = result.status === 'published';
      await Taro.showToast({
        title: approve ? (published ? '已发布' : '已通过复核') : '已退回',
        icon: 'success',
      });
      onDone();
    } catch (err) {
      setError((err instanceof CloudError ? err : networkError()).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="review-row" data-testid={`review-${draft._id}`}>
      <Text
        className="review-row__title"
        onClick={() => Taro.navigateTo({ url: `/packages/news/article/index?id=${draft._id}` })}
      >
        {draft.title}
      </Text>
      <Text className="review-row__meta">
        {draft.column} · {draft.scopeName} · {draft.editorName} · {formatDateTime(draft.updatedAt)}
      </Text>
      {returning && (
        <Textarea
          className="review-row__comment"
          value={comment}
          maxlength={ARTICLE_LIMITS.reviewComment}
          placeholder="请写明退回原因，作者修改后可再次提交"
          onInput={(e) => setComment(e.detail.value)}
        />
      )}
      {error && (
        <View className="review-row__error" role="alert">
          {error}
        </View>
      )}
      <View className="review-row__actions">
        {returning ? (
          <>
            <Button
              size="small"
              fill="outline"
              disabled={sending}
              onClick={() => setReturning(false)}
            >
              取消
            </Button>
            <Button size="small" type="primary" disabled={sending} onClick={() => decide(false)}>
              确认退回
            </Button>
          </>
        ) : (
          <>
            <Button
              size="small"
              fill="outline"
              disabled={sending}
              onClick={() => setReturning(true)}
            >
              退回
            </Button>
            {held || draft.canApprove ? (
              <Button
                size="small"
                type="primary"
                disabled={sending}
                loading={sending}
                data-testid="review-approve"
                onClick={() => decide(true)}
              >
                {held ? '通过复核' : '通过并发布'}
              </Button>
            ) : (
              <Text className="review-row__note" data-testid="review-own">
                自己提交的文章由其他审核人或上级党组织审核发布
              </Text>
            )}
          </>
        )}
      </View>
    </View>
  );
}
