import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { schoolApi, useCourseProgress } from '../../../features/school/api';
import { CompletionCard } from '../../../features/school/components/BranchStudySection';
import { courseRemindDone } from '../../../features/school/remind-text';
import { useAction } from '../../../lib/use-action';
import '../../../features/school/components/school.scss';

/**
 * An assigned course in one branch, for its 书记: x / y completed, the names of those who have
 * not, and one tap to remind exactly them. The tap's request id stays until it succeeds, so a
 * resent tap reminds nobody twice.
 */
export default function CourseProgressPage() {
  const { params } = useRouter();
  const courseId = params.courseId ?? '';
  const orgId = params.orgId ?? '';
  const progress = useCourseProgress(courseId, orgId);
  const [requestId, setRequestId] = useState(newRequestId);
  const [done, setDone] = useState('');
  const { sending, run } = useAction();
  if (progress.error) return <ErrorState error={progress.error} onRetry={progress.reload} />;
  if (!progress.data) return <Loading />;
  const { data } = progress;

  const remind = () =>
    run(async () => {
      const { confirm } = await Taro.showModal({
        title: '提醒未完成的党员',
        content: `将给 ${data.behind.length} 名未学完的党员发送学习提醒通知，确定吗？`,
        confirmText: '提醒',
      });
      if (!confirm) return;
      const reply = await schoolApi.remindCourse({ courseId, orgId, requestId });
      setDone(courseRemindDone(reply));
      setRequestId(newRequestId());
    });

  return (
    <View className="page">
      <Text className="school-section">{data.orgName}</Text>
      <CompletionCard course={data} />
      {done && (
        <View className="school-card" role="status" data-testid="course-remind-done">
          <Text className="school-card__meta">{done}</Text>
        </View>
      )}
      {data.behind.length > 0 ? (
        <>
          <Text className="school-section">未学完（{data.behind.length} 人）</Text>
          <View className="school-card" data-testid="course-behind">
            <Text className="school-card__meta">{data.behind.map((m) => m.name).join('、')}</Text>
          </View>
          <View className="school-card">
            <Button
              type="primary"
              block
              disabled={sending}
              loading={sending}
              onClick={remind}
              data-testid="course-remind"
            >
              一键提醒未学完的党员
            </Button>
          </View>
        </>
      ) : (
        <View className="school-card">
          <Text className="school-card__meta">全支部都已学完这门课程。</Text>
        </View>
      )}
    </View>
  );
}
