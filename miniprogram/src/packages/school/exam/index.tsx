import { useCallback, useEffect, useRef, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ExamResult, StartedExam } from '../../../../../typings/functions/school';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { schoolApi } from '../../../features/school/api';
import { ExamResultView } from '../../../features/school/components/ExamResultView';
import { QuestionView } from '../../../features/school/components/QuestionView';
import { clockText } from '../../../features/school/format';
import { CloudError, networkError } from '../../../lib/cloud-error';
import '../../../features/school/components/school.scss';

type Answers = Record<string, string[]>;

/**
 * Taking an exam. The server holds the paper, the clock and the answers: each is saved as it is
 * chosen, and coming back (on this device or another) resumes the same attempt with its saved
 * answers and end time. A failed review after a good submission is safe to submit again: the
 * server keeps the first grade.
 */
export default function ExamPage() {
  const { params } = useRouter();
  const examId = params.id ?? '';
  const [paper, setPaper] = useState<StartedExam>();
  const [answers, setAnswers] = useState<Answers>({});
  const [result, setResult] = useState<ExamResult>();
  const [error, setError] = useState<CloudError>();
  const [submitting, setSubmitting] = useState(false);
  const [now, setNow] = useState(Date.now());
  const [unsaved, setUnsaved] = useState(false);
  // Saves go one after another, so a quick change of mind reaches the server last.
  const saving = useRef<Promise<void>>(Promise.resolve());

  const start = useCallback(() => {
    setError(undefined);
    schoolApi.startExam(examId).then(
      (started) => {
        setAnswers(started.saved);
        setPaper(started);
      },
      (err: unknown) => setError(err instanceof CloudError ? err : networkError()),
    );
  }, [examId]);
  useEffect(start, [start]);
  useEffect(() => {
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);

  const choose = (questionId: string, keys: string[]) => {
    if (!paper) return;
    setAnswers({ ...answers, [questionId]: keys });
    const { attemptId } = paper;
    saving.current = saving.current.then(() =>
      schoolApi.saveAnswer({ attemptId, questionId, answer: keys }).then(
        () => setUnsaved(false),
        // The submission sends every answer on the page: one that failed to save is not lost.
        () => setUnsaved(true),
      ),
    );
  };
  const submit = async () => {
    if (!paper) return;
    const unanswered = paper.questions.filter((q) => !answers[q._id]?.length).length;
    if (unanswered) {
      const { confirm } = await Taro.showModal({
        title: '提交答卷',
        content: `还有 ${unanswered} 题未作答，确定提交吗？`,
      });
      if (!confirm) return;
    }
    setSubmitting(true);
    try {
      // Graded first; the answers and explanations come with the review of the graded paper.
      await schoolApi.submitExam(paper.attemptId, answers);
      setResult(await schoolApi.examReview(paper.attemptId));
    } catch (err) {
      void Taro.showToast({
        title: err instanceof CloudError ? err.message : '提交失败，请重试',
        icon: 'none',
      });
    } finally {
      setSubmitting(false);
    }
  };

  if (error) return <ErrorState error={error} onRetry={start} />;
  if (result)
    return (
      <View className="page">
        <ExamResultView result={result} />
      </View>
    );
  if (!paper) return <Loading />;
  const left = (new Date(paper.endsAt).getTime() - now) / 1000;
  return (
    <View className="page page--flush">
      <View className="school-countdown" data-testid="school-countdown">
        <Text>
          {paper.title} · {left > 0 ? `剩余 ${clockText(left)}` : '时间已到，请立即提交'}
        </Text>
        {unsaved && <Text> · 答案暂未保存到服务器，提交时会一并提交</Text>}
      </View>
      {paper.questions.map((q, i) => (
        <QuestionView
          key={q._id}
          index={i}
          question={q}
          chosen={answers[q._id] ?? []}
          onChange={(keys) => choose(q._id, keys)}
        />
      ))}
      <View className="school-actions">
        <Button type="primary" block loading={submitting} onClick={() => void submit()}>
          提交答卷
        </Button>
      </View>
    </View>
  );
}
