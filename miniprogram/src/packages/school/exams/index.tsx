import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useExams } from '../../../features/school/api';
import '../../../features/school/components/school.scss';

const day = (iso: string) => iso.slice(0, 10);

/** The exams open to the member, with their own attempts and best score. */
export default function ExamsPage() {
  const exams = useExams();
  if (exams.error) return <ErrorState error={exams.error} onRetry={exams.reload} />;
  if (!exams.data) return <Loading />;
  if (!exams.data.items.length) return <Empty message="暂无进行中的考试" />;
  return (
    <View className="page">
      {exams.data.items.map((e) => {
        const left = e.attemptsAllowed - e.attemptsUsed;
        const canTake = e.open && left > 0;
        return (
          <View
            key={e._id}
            className="school-card"
            data-testid="school-exam"
            onClick={() =>
              canTake && void Taro.navigateTo({ url: `/packages/school/exam/index?id=${e._id}` })
            }
          >
            <Text className="school-card__title">{e.title}</Text>
            <Text className="school-card__meta">
              {e.questionCount} 题 · 限时 {e.timeLimitMinutes} 分钟 · {e.passMark} 分合格 ·{' '}
              {day(e.closesAt)} 截止
            </Text>
            <Text className="school-card__meta">
              {e.bestScore === null
                ? '尚未参加'
                : `最好成绩 ${e.bestScore} 分${e.passed ? '（合格）' : ''}`}
              {' · '}
              {!e.open ? `${day(e.opensAt)} 开考` : left > 0 ? `还可参加 ${left} 次` : '次数已用完'}
            </Text>
            {e.reviewId && (
              <Text
                className="school-link"
                data-testid="school-exam-review"
                onClick={(event) => {
                  event.stopPropagation();
                  void Taro.navigateTo({
                    url: `/packages/school/exam-result/index?attempt=${e.reviewId}`,
                  });
                }}
              >
                查看上次答卷 ›
              </Text>
            )}
          </View>
        );
      })}
    </View>
  );
}
