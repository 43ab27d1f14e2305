import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import type { AdminExam } from '../../../../../typings/functions/school';
import { BoundMemberPage } from '../../../features/member/components/BoundMemberPage';
import { authoringApi, useAdminExam } from '../../../features/school/authoring-api';
import { AdminEditor } from '../../../features/school/components/AdminOnly';
import type { OrgChoice } from '../../../features/school/components/CourseForm';
import { ExamForm } from '../../../features/school/components/ExamForm';
import { useAction } from '../../../lib/use-action';
import '../../../features/school/components/school.scss';

/** A new exam, or (`?id=`) one to edit while a draft, then published to its scope. */
export default function ExamEditPage() {
  const { params } = useRouter();
  return (
    <BoundMemberPage>
      {(me) => (
        <AdminEditor me={me} id={params.id} useLoad={useAdminExam}>
          {(orgs, initial) => <ExamEditor orgs={orgs} initial={initial} />}
        </AdminEditor>
      )}
    </BoundMemberPage>
  );
}

function ExamEditor({ orgs, initial }: { orgs: OrgChoice[]; initial?: AdminExam }) {
  const [exam, setExam] = useState(initial);
  const action = useAction();
  const publish = () =>
    action.run(async () => {
      setExam(await authoringApi.publishExam(exam!._id));
      await Taro.showToast({ title: '已发布', icon: 'success' });
    });
  if (exam?.status === 'published')
    return (
      <View className="school-card" data-testid="exam-published">
        <Text className="school-card__title">{exam.title}</Text>
        <Text className="school-card__meta">
          已发布 · {exam.scopeName} · {exam.questionCount} 题 · {exam.timeLimitMinutes} 分钟 · 及格{' '}
          {exam.passMark} 分 · 可考 {exam.attemptsAllowed} 次
        </Text>
        <Text className="school-card__meta">
          {dayjs(exam.opensAt).format('M月D日 HH:mm')} 至{' '}
          {dayjs(exam.closesAt).format('M月D日 HH:mm')}
          ，发布后不能修改
        </Text>
      </View>
    );
  return (
    <View>
      <ExamForm exam={exam} orgs={orgs} today={dayjs().format('YYYY-MM-DD')} onSaved={setExam} />
      {exam && (
        <View className="school-card">
          <Text className="school-card__meta">
            已保存草稿：{exam.questionCount} 题，成员尚不可见
          </Text>
          <Button
            type="primary"
            block
            disabled={action.sending}
            onClick={publish}
            data-testid="exam-publish"
          >
            发布考试
          </Button>
        </View>
      )}
    </View>
  );
}
