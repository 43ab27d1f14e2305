import { Text, View } from '@tarojs/components';
import type { ExamResult } from '../../../../../typings/functions/school';
import { QuestionView } from './QuestionView';
import './school.scss';

/** After submitting: the score, pass or fail, and every question with its answer and explanation. */
export function ExamResultView({ result }: { result: ExamResult }) {
  return (
    <View data-testid="school-result">
      <View className={result.passed ? 'school-card' : 'school-card school-card--warn'}>
        <Text className="school-card__title">
          {result.score} 分 · {result.passed ? '合格' : '未合格'}
        </Text>
        <Text className="school-card__meta">
          答对 {result.correct} / {result.total} 题，合格线 {result.passMark} 分
        </Text>
      </View>
      {result.review.map((q, i) => (
        <View key={q._id}>
          <QuestionView index={i} question={q} chosen={q.chosen} answer={q.answer} />
          <Text className="school-section">
            {q.correct ? '回答正确' : `正确答案：${q.answer.join('')}`}。{q.explanation}
          </Text>
        </View>
      ))}
    </View>
  );
}
