import { Text, View } from '@tarojs/components';
import type { HoursSummary } from '../../../../../typings/functions/school';
import { percent } from '../format';
import './school.scss';

/** The year's 学时 against the requirement, and whether the member keeps pace (docs/domain.md §7.3). */
export function HoursCard({ hours, onTap }: { hours: HoursSummary; onTap?: () => void }) {
  return (
    <View
      className={hours.behind ? 'school-card school-card--warn' : 'school-card'}
      data-testid="school-hours"
      onClick={onTap}
    >
      <Text className="school-card__title">
        {hours.year} 年学时 {hours.hours} / {hours.required}
      </Text>
      <View className="school-bar">
        <View
          className="school-bar__fill"
          style={{ width: percent(hours.hours, hours.required) }}
        />
      </View>
      <Text className="school-card__meta">
        线上 {hours.online} · 线下 {hours.offline} · 完成课时 {hours.lessonsCompleted}
      </Text>
      <Text className="school-card__meta">
        {hours.behind
          ? `进度落后：按时间应达到 ${hours.pace} 学时`
          : `进度正常（按时间应达到 ${hours.pace} 学时）`}
      </Text>
    </View>
  );
}
