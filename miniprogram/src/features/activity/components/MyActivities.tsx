import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ActivityActions, MyAttendance } from '../../../../../typings/functions/activity';
import { Empty } from '../../../components/Empty';
import { formatDateTime } from '../../../lib/format';
import { openActivity, STATUS_LABELS, timeSpan } from '../labels';
import './activity.scss';

type Mine = ActivityActions['mine']['res'];
const go = (id: string) => () => Taro.navigateTo({ url: openActivity(id) });

function Row({ a }: { a: MyAttendance }) {
  const state =
    a.state === 'absent'
      ? a.studiedAt
        ? '缺席 · 已补学'
        : '缺席'
      : a.state === 'guest'
        ? '列席'
        : '已参加';
  return (
    <View className="activity-row" role="link" onClick={go(a.activityId)}>
      <View>
        <Text className="activity-card__title">
          {a.type}：{a.topic}
        </Text>
        <Text className="activity-card__muted">{formatDateTime(a.startsAt)}</Text>
      </View>
      <Text className="activity-row__status">{state}</Text>
    </View>
  );
}

/** 我的活动: what is coming in my branch, what I must study after missing it, what I attended. */
export function MyActivities({ mine }: { mine: Mine }) {
  return (
    <View data-testid="my-activities">
      <View className="activity-card">
        <Text className="activity-card__title">即将开展</Text>
        {mine.upcoming.length === 0 ? (
          <Text className="activity-card__muted">近期没有安排</Text>
        ) : (
          mine.upcoming.map((a) => (
            <View key={a._id} className="activity-row" role="link" onClick={go(a._id)}>
              <View>
                <Text className="activity-card__title">
                  {a.type}：{a.topic}
                </Text>
                <Text className="activity-card__muted">{timeSpan(a.startsAt, a.endsAt)}</Text>
              </View>
              <Text className="activity-row__status">{STATUS_LABELS[a.status]}</Text>
            </View>
          ))
        )}
      </View>
      {mine.toStudy.length > 0 && (
        <View className="activity-card" data-testid="to-study">
          <Text className="activity-card__title">待补学</Text>
          {mine.toStudy.map((a) => (
            <Row key={a.activityId} a={a} />
          ))}
        </View>
      )}
      <View className="activity-card">
        <Text className="activity-card__title">参加记录</Text>
        {mine.attended.items.length === 0 ? (
          <Empty message="还没有参加记录" />
        ) : (
          mine.attended.items.map((a) => <Row key={a.activityId} a={a} />)
        )}
      </View>
    </View>
  );
}
