import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { AdminCourse } from '../../../../../typings/functions/school';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { BoundMemberPage } from '../../../features/member/components/BoundMemberPage';
import { useAdminCourse } from '../../../features/school/authoring-api';
import { authoringApi } from '../../../features/school/authoring-api';
import { AdminOnly } from '../../../features/school/components/AdminOnly';
import { CourseForm, type OrgChoice } from '../../../features/school/components/CourseForm';
import { LessonEditor } from '../../../features/school/components/LessonEditor';
import { useAction } from '../../../lib/use-action';
import '../../../features/school/components/school.scss';

const STATUS = { draft: '草稿', published: '已发布', withdrawn: '已撤回' } as const;

/** A new course, or (`?id=`) one to edit: its details, its lessons, publishing and withdrawing. */
export default function CourseEditPage() {
  const { params } = useRouter();
  return (
    <BoundMemberPage>
      {(me) => (
        <AdminOnly me={me}>
          {(orgs) =>
            params.id ? <ExistingCourse id={params.id} orgs={orgs} /> : <CourseEditor orgs={orgs} />
          }
        </AdminOnly>
      )}
    </BoundMemberPage>
  );
}

function ExistingCourse({ id, orgs }: { id: string; orgs: OrgChoice[] }) {
  const course = useAdminCourse(id);
  if (course.error) return <ErrorState error={course.error} onRetry={course.reload} />;
  if (!course.data) return <Loading />;
  return <CourseEditor orgs={orgs} initial={course.data} />;
}

function CourseEditor({ orgs, initial }: { orgs: OrgChoice[]; initial?: AdminCourse }) {
  const [course, setCourse] = useState(initial);
  const action = useAction();
  const publish = (published: boolean) =>
    action.run(async () => {
      setCourse(await authoringApi.publishCourse(course!._id, published));
      await Taro.showToast({ title: published ? '已发布' : '已撤回', icon: 'success' });
    });
  return (
    <View>
      <CourseForm
        course={course}
        orgs={orgs}
        today={dayjs().format('YYYY-MM-DD')}
        onSaved={setCourse}
      />
      {course && (
        <>
          <Text className="school-section" data-testid="course-status">
            课时 · {STATUS[course.status]}
          </Text>
          <LessonEditor course={course} onChange={setCourse} />
          <View className="school-card">
            {course.status === 'published' ? (
              <Button
                block
                disabled={action.sending}
                onClick={() => publish(false)}
                data-testid="course-withdraw"
              >
                撤回课程
              </Button>
            ) : (
              <Button
                type="primary"
                block
                disabled={action.sending || course.lessonCount === 0}
                onClick={() => publish(true)}
                data-testid="course-publish"
              >
                发布课程
              </Button>
            )}
          </View>
        </>
      )}
    </View>
  );
}
