import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { AdminCourse } from '../../../../../typings/functions/school';
import { BoundMemberPage } from '../../../features/member/components/BoundMemberPage';
import { authoringApi, useAdminCourse } from '../../../features/school/authoring-api';
import { AdminEditor } from '../../../features/school/components/AdminOnly';
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
        <AdminEditor me={me} id={params.id} useLoad={useAdminCourse}>
          {(orgs, initial) => <CourseEditor orgs={orgs} initial={initial} />}
        </AdminEditor>
      )}
    </BoundMemberPage>
  );
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
