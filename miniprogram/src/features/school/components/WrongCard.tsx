import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { PracticeReply, WrongItem } from '../../../../../typings/functions/school';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { CloudError } from '../../../lib/cloud-error';
import { schoolApi } from '../api';
import { QuestionView } from './QuestionView';
import './school.scss';

/**
 * One question of the 错题本, practised in place: the answer and explanation show at once, and
 * the count of right answers toward leaving the book (docs/domain.md §7.9). Each try carries its
 * own request id, so a resent tap counts once.
 */
export function WrongCard({ index, item }: { index: number; item: WrongItem }) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [requestId, setRequestId] = useState(newRequestId);
  const [reply, setReply] = useState<PracticeReply>();
  const [busy, setBusy] = useState(false);
  const streak = reply?.streak ?? item.streak;

  const submit = async () => {
    setBusy(true);
    try {
      setReply(
        await schoolApi.practiseWrong({ questionId: item.question._id, answer: chosen, requestId }),
      );
    } catch (err) {
      void Taro.showToast({
        title: err instanceof CloudError ? err.message : '提交失败',
        icon: 'none',
      });
    } finally {
      setBusy(false);
    }
  };
  const again = () => {
    setChosen([]);
    setReply(undefined);
    setRequestId(newRequestId());
  };

  return (
    <View data-testid="school-wrong-item">
      <QuestionView
        index={index}
        question={item.question}
        chosen={chosen}
        answer={reply?.answer}
        onChange={reply ? undefined : setChosen}
      />
      <Text className="school-card__meta">
        答错 {item.wrongCount} 次 · 已连续答对 {streak} / {item.rightToClear} 次
      </Text>
      {reply ? (
        <View>
          <Text className="school-section" data-testid="school-wrong-reply">
            {reply.correct ? '回答正确' : `回答错误，正确答案：${reply.answer.join('')}`}。
            {reply.explanation}
            {reply.cleared ? ' 已移出错题本。' : ''}
          </Text>
          {!reply.cleared && (
            <View className="school-actions">
              <Button fill="outline" block onClick={again}>
                再练一次
              </Button>
            </View>
          )}
        </View>
      ) : (
        <View className="school-actions">
          <Button
            type="primary"
            fill="outline"
            block
            disabled={!chosen.length}
            loading={busy}
            onClick={() => void submit()}
          >
            确定
          </Button>
        </View>
      )}
    </View>
  );
}
