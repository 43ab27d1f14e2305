import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { DailyQuiz } from '../../../../../typings/functions/school';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { schoolApi } from '../../../features/school/api';
import { QuestionView } from '../../../features/school/components/QuestionView';
import { CloudError, networkError } from '../../../lib/cloud-error';
import '../../../features/school/components/school.scss';

/** Today's five questions, each answered once with its answer and explanation at once. */
export default function DailyQuizPage() {
  const [quiz, setQuiz] = useState<DailyQuiz>();
  const [error, setError] = useState<CloudError>();
  const [chosen, setChosen] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState<string>();

  const load = useCallback(() => {
    setError(undefined);
    schoolApi
      .dailyQuiz()
      .then(setQuiz, (err: unknown) => setError(err instanceof CloudError ? err : networkError()));
  }, []);
  useEffect(load, [load]);

  const answer = async (questionId: string) => {
    const keys = chosen[questionId];
    if (!quiz || !keys?.length) return;
    setBusy(questionId);
    try {
      const reply = await schoolApi.answerDaily(questionId, keys);
      setQuiz({
        ...quiz,
        done: reply.done,
        answered: { ...quiz.answered, [questionId]: { chosen: keys, ...reply } },
      });
    } catch (err) {
      void Taro.showToast({
        title: err instanceof CloudError ? err.message : '提交失败',
        icon: 'none',
      });
    } finally {
      setBusy(undefined);
    }
  };

  if (error) return <ErrorState error={error} onRetry={load} />;
  if (!quiz) return <Loading />;
  if (!quiz.questions.length) return <Empty message="今天暂无练习题" />;
  const right = Object.values(quiz.answered).filter((a) => a.correct).length;
  return (
    <View className="page">
      {quiz.done && (
        <View className="school-card" data-testid="school-daily-done">
          <Text className="school-card__title">
            今日练习已完成：答对 {right} / {quiz.questions.length} 题
          </Text>
          <Text className="school-card__meta">明天再来，每天五道题</Text>
        </View>
      )}
      {quiz.questions.map((q, i) => {
        const done = quiz.answered[q._id];
        return (
          <View key={q._id}>
            <QuestionView
              index={i}
              question={q}
              chosen={done?.chosen ?? chosen[q._id] ?? []}
              answer={done?.answer}
              onChange={done ? undefined : (keys) => setChosen({ ...chosen, [q._id]: keys })}
            />
            {done ? (
              <Text className="school-section">
                {done.correct ? '回答正确' : `回答错误，正确答案：${done.answer.join('')}`}。
                {done.explanation}
              </Text>
            ) : (
              <View className="school-actions">
                <Button
                  type="primary"
                  fill="outline"
                  block
                  disabled={!chosen[q._id]?.length}
                  loading={busy === q._id}
                  onClick={() => void answer(q._id)}
                >
                  确定
                </Button>
              </View>
            )}
          </View>
        );
      })}
    </View>
  );
}
