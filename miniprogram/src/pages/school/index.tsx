import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PagedListView } from '../../components/PagedListView';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { BoundMemberPage } from '../../features/member/components/BoundMemberPage';
import { schoolApi, useSchoolHome } from '../../features/school/api';
import { CourseCard } from '../../features/school/components/CourseCard';
import { HoursCard } from '../../features/school/components/HoursCard';
import { clockText } from '../../features/school/format';
import { hoursOrgId } from '../../features/school/roles';
import { adminOrgId, type BoundMe } from '../../lib/session';
import { usePagedList } from '../../lib/use-paged-list';
import '../../features/school/components/school.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/** 微党校: my 学时, where I stopped, assigned courses with deadlines, then every course. */
function School({ me }: { me: BoundMe }) {
  const home = useSchoolHome();
  const courses = usePagedList('school-courses', schoolApi.courses);
  const orgId = hoursOrgId(me);
  if (home.error) return <ErrorState error={home.error} onRetry={home.reload} />;
  if (!home.data) return <Loading />;
  const { hours, resume, assigned } = home.data;
  return (
    <View>
      <HoursCard hours={hours} onTap={() => go('/packages/school/hours/index')} />
      <View className="school-entries">
        <View className="school-entries__item" onClick={() => go('/packages/school/exams/index')}>
          考试中心
        </View>
        <View className="school-entries__item" onClick={() => go('/packages/school/daily/index')}>
          每日一练
        </View>
        <View className="school-entries__item" onClick={() => go('/packages/school/hours/index')}>
          我的学时
        </View>
        <View className="school-entries__item" onClick={() => go('/packages/school/notes/index')}>
          学习笔记
        </View>
        <View className="school-entries__item" onClick={() => go('/packages/school/wrong/index')}>
          错题本
        </View>
        {adminOrgId(me) && (
          <View
            className="school-entries__item"
            onClick={() => go('/packages/school/questions/index')}
          >
            题库导入
          </View>
        )}
        {adminOrgId(me) && (
          <View
            className="school-entries__item"
            data-testid="school-manage"
            onClick={() => go('/packages/school/manage/index')}
          >
            微党校管理
          </View>
        )}
        {orgId && (
          <View
            className="school-entries__item"
            onClick={() => go(`/packages/school/branch-hours/index?orgId=${orgId}`)}
          >
            支部学时
          </View>
        )}
      </View>
      {resume && (
        <View
          className="school-card"
          data-testid="school-resume"
          onClick={() => go(`/packages/school/lesson/index?id=${resume.lessonId}`)}
        >
          <Text className="school-card__meta">继续学习</Text>
          <Text className="school-card__title">{resume.title}</Text>
          <Text className="school-card__meta">上次学到 {clockText(resume.position)}</Text>
        </View>
      )}
      {assigned.length > 0 && <Text className="school-section">必学课程</Text>}
      {assigned.map((c) => (
        <CourseCard key={c._id} course={c} />
      ))}
      <Text className="school-section">全部课程</Text>
      <PagedListView list={courses} empty="暂无课程" testId="school-courses">
        {(c) => <CourseCard key={c._id} course={c} />}
      </PagedListView>
    </View>
  );
}

export default function SchoolPage() {
  return <BoundMemberPage>{(me) => <School me={me} />}</BoundMemberPage>;
}
