import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { CourseCompletion } from '../../../../../typings/functions/school';
import { useBranchStudy } from '../api';
import './school.scss';

const go = (url: string) => void Taro.navigateTo({ url });

/** One assigned course's completion in the branch: x / y, and a tap to who has not done it. */
export function CompletionCard({
  course,
  onTap,
}: {
  course: CourseCompletion;
  onTap?: () => void;
}) {
  return (
    <View className="school-card" data-testid="school-completion" onClick={onTap}>
      <Text className="school-card__title">{course.title}</Text>
      <Text className="school-card__meta">
        已完成 {course.completed} / {course.assigned} 人（{course.percent}%）· {course.deadline}{' '}
        截止
      </Text>
      <View className="school-bar">
        <View className="school-bar__fill" style={{ width: `${course.percent}%` }} />
      </View>
    </View>
  );
}

/**
 * 学习情况 on the 支部 tab for the branch's 书记: how many members are behind the 学时 pace
 * today (to 支部学时), and each assigned course's completion (to who has not done it).
 */
function BranchStudy({ orgId }: { orgId: string }) {
  const study = useBranchStudy(orgId);
  if (!study.data) return null;
  const { behindPace, members, courses } = study.data;
  return (
    <View data-testid="branch-study">
      <Text className="school-section">学习情况</Text>
      <View
        className={behindPace > 0 ? 'school-card school-card--warn' : 'school-card'}
        data-testid="branch-behind-pace"
        role="link"
        onClick={() => go(`/packages/school/branch-hours/index?orgId=${orgId}`)}
      >
        <Text className="school-card__title">
          {behindPace > 0 ? `${behindPace} 名党员学时落后进度` : '全支部学时进度正常'}
        </Text>
        <Text className="school-card__meta">
          共 {members} 人 · 按今天应达到的学时计算 · 查看支部学时 ›
        </Text>
      </View>
      {courses.map((c) => (
        <CompletionCard
          key={c.courseId}
          course={c}
          onTap={() =>
            go(`/packages/school/course-progress/index?courseId=${c.courseId}&orgId=${orgId}`)
          }
        />
      ))}
    </View>
  );
}

/** The 支部 tab's study section: a branch's figures for its 书记, the overview for an admin. */
export function BranchStudySection({
  branchId,
  adminOrgId,
}: {
  branchId: string | undefined;
  adminOrgId: string | undefined;
}) {
  return (
    <>
      {branchId && <BranchStudy orgId={branchId} />}
      {adminOrgId && (
        <View
          className="school-card"
          role="link"
          data-testid="study-overview-entry"
          onClick={() => go(`/packages/school/overview/index?orgId=${adminOrgId}`)}
        >
          <Text className="school-card__title">学习情况总览</Text>
          <Text className="school-card__meta">各支部课程完成情况与学时分布 · 导出民主评议表 ›</Text>
        </View>
      )}
    </>
  );
}
