import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import { PagedListView } from '../../../components/PagedListView';
import { BoundMemberPage } from '../../../features/member/components/BoundMemberPage';
import { authoringApi } from '../../../features/school/authoring-api';
import { AdminOnly } from '../../../features/school/components/AdminOnly';
import { usePagedList } from '../../../lib/use-paged-list';
import { useShownAgain } from '../../../lib/use-shown-again';
import '../../../features/school/components/school.scss';
import '../../../features/school/components/authoring.scss';

const go = (url: string) => void Taro.navigateTo({ url });
const COURSE_STATUS = { draft: '草稿', published: '已发布', withdrawn: '已撤回' } as const;
const EXAM_STATUS = { draft: '草稿', published: '已发布' } as const;

/** For admins: the courses and exams under their organisation, the question bank and its import. */
function Manage() {
  const courses = usePagedList('school-admin-courses', authoringApi.adminCourses);
  const exams = usePagedList('school-admin-exams', authoringApi.adminExams);
  useShownAgain(() => {
    courses.reload();
    exams.reload();
  });
  return (
    <View>
      <View className="school-entries">
        <View
          className="school-entries__item"
          onClick={() => go('/packages/school/course-edit/index')}
          data-testid="manage-new-course"
        >
          新建课程
        </View>
        <View
          className="school-entries__item"
          onClick={() => go('/packages/school/exam-edit/index')}
        >
          新建考试
        </View>
        <View
          className="school-entries__item"
          onClick={() => go('/packages/school/question-bank/index')}
        >
          题库管理
        </View>
        <View
          className="school-entries__item"
          onClick={() => go('/packages/school/questions/index')}
        >
          题库导入
        </View>
      </View>
      <Text className="school-section">课程</Text>
      <PagedListView list={courses} empty="还没有课程" testId="manage-courses">
        {(c) => (
          <View
            key={c._id}
            className="school-card"
            onClick={() => go(`/packages/school/course-edit/index?id=${c._id}`)}
          >
            <Text className="school-card__title">{c.title}</Text>
            <Text className="school-card__meta">
              {COURSE_STATUS[c.status]} · {c.scopeName} · {c.lessonCount} 个课时
              {c.assignment ? ` · 指派${c.assignment.orgName}，${c.assignment.deadline} 截止` : ''}
            </Text>
          </View>
        )}
      </PagedListView>
      <Text className="school-section">考试</Text>
      <PagedListView list={exams} empty="还没有考试" testId="manage-exams">
        {(e) => (
          <View
            key={e._id}
            className="school-card"
            onClick={() => go(`/packages/school/exam-edit/index?id=${e._id}`)}
          >
            <Text className="school-card__title">{e.title}</Text>
            <Text className="school-card__meta">
              {EXAM_STATUS[e.status]} · {e.scopeName} · {e.questionCount} 题 ·{' '}
              {dayjs(e.opensAt).format('M月D日')}–{dayjs(e.closesAt).format('M月D日')}
            </Text>
          </View>
        )}
      </PagedListView>
    </View>
  );
}

export default function ManagePage() {
  return (
    <BoundMemberPage>{(me) => <AdminOnly me={me}>{() => <Manage />}</AdminOnly>}</BoundMemberPage>
  );
}
