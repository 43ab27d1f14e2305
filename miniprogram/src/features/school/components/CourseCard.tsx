import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { CourseListItem } from '../../../../../typings/functions/school';
import './school.scss';

export function CourseCard({ course }: { course: CourseListItem }) {
  const open = () =>
    void Taro.navigateTo({ url: `/packages/school/course/index?id=${course._id}` });
  return (
    <View className="school-card" data-testid="school-course" onClick={open}>
      <Text className="school-card__title">{course.title}</Text>
      <Text className="school-card__meta">
        {course.scopeName} · {course.lessonCount} 课时 · 约 {Math.ceil(course.durationSeconds / 60)}{' '}
        分钟
      </Text>
      {course.deadline && (
        <Text className="school-card__meta">必学 · {course.deadline} 前完成</Text>
      )}
    </View>
  );
}
