import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useCourse } from '../../../features/school/api';
import { clockText, KIND_LABEL, percent } from '../../../features/school/format';
import { managedBranchId, useSession } from '../../../lib/session';
import '../../../features/school/components/school.scss';

/** A course: its lessons in order, each with how much the member has watched. */
export default function CoursePage() {
  const { params } = useRouter();
  const course = useCourse(params.id ?? '');
  const { data: me } = useSession();
  // The branch's 书记 follows an assigned course's completion from its page.
  const branchId = me?.bound ? managedBranchId(me) : undefined;
  if (course.error) return <ErrorState error={course.error} onRetry={course.reload} />;
  if (!course.data) return <Loading />;
  const { data } = course;
  return (
    <View className="page">
      <View className="school-card">
        <Text className="school-card__title">{data.title}</Text>
        <Text className="school-card__meta">{data.description}</Text>
        {data.deadline && <Text className="school-card__meta">必学 · {data.deadline} 前完成</Text>}
      </View>
      {data.deadline && branchId && (
        <View
          className="school-card"
          role="link"
          data-testid="course-progress-entry"
          onClick={() =>
            void Taro.navigateTo({
              url: `/packages/school/course-progress/index?courseId=${data._id}&orgId=${branchId}`,
            })
          }
        >
          <Text className="school-card__title">本支部学习进度 ›</Text>
          <Text className="school-card__meta">谁还没学完，一键提醒</Text>
        </View>
      )}
      {data.lessons.length === 0 && <Empty message="本课程暂无课时" />}
      {data.lessons.map((l) => (
        <View
          key={l._id}
          className="school-card"
          data-testid="school-lesson"
          onClick={() => void Taro.navigateTo({ url: `/packages/school/lesson/index?id=${l._id}` })}
        >
          <Text className="school-card__title">
            {l.order + 1}. {l.title}
          </Text>
          <Text className="school-card__meta">
            {KIND_LABEL[l.kind]} · {clockText(l.durationSeconds)} ·{' '}
            {l.completed ? '已完成' : `已学 ${clockText(l.watched)}`}
          </Text>
          <View className="school-bar">
            <View
              className="school-bar__fill"
              style={{ width: l.completed ? '100%' : percent(l.watched, l.durationSeconds) }}
            />
          </View>
        </View>
      ))}
    </View>
  );
}
