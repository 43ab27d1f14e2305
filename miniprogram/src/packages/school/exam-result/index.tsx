import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useExamReview } from '../../../features/school/api';
import { ExamResultView } from '../../../features/school/components/ExamResultView';
import '../../../features/school/components/school.scss';

/** A submitted paper of the member's, looked at again: score, answers and explanations. */
export default function ExamResultPage() {
  const { params } = useRouter();
  const review = useExamReview(params.attempt ?? '');
  if (review.error) return <ErrorState error={review.error} onRetry={review.reload} />;
  if (!review.data) return <Loading />;
  return (
    <View className="page">
      <ExamResultView result={review.data} />
    </View>
  );
}
