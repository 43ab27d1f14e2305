import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { useAction } from '../../../lib/use-action';
import { Loading } from '../../../components/Loading';
import { activityApi, useBranchMonth } from '../api';
import { openActivity, STATUS_LABELS, timeSpan, warningText } from '../labels';
import './activity.scss';

const go = (url: string) => () => Taro.navigateTo({ url });

/**
 * 本月组织生活 on the 支部 tab: what is planned and held this month and what the regulations
 * still ask for (docs/domain.md §2.7), read from the branch's maintained figures.
 */
export function BranchActivitySection({ matrixOrgId }: { matrixOrgId?: string }) {
  const month = useBranchMonth();
  const copying = useAction();
  if (month.error) return <ErrorState error={month.error} onRetry={month.reload} />;
  if (!month.data) return <Loading />;
  const { figures, activities, canPlan } = month.data;
  const held = Object.values(figures.held).reduce((sum, n) => sum + (n ?? 0), 0);
  return (
    <View className="activity-card" data-testid="branch-activity">
      <Text className="activity-card__title">本月组织生活</Text>
      <View className="activity-figures">
        <View>
          <Text className="activity-figure__value" data-testid="activity-planned">
            {figures.planned}
          </Text>
          <Text className="activity-card__muted">已安排</Text>
        </View>
        <View>
          <Text className="activity-figure__value" data-testid="activity-held">
            {held}
          </Text>
          <Text className="activity-card__muted">已完成</Text>
        </View>
      </View>
      <View data-testid="activity-warnings">
        {figures.warnings.map((code) => (
          <Text key={code} className="activity-warning">
            {warningText(code)}
          </Text>
        ))}
      </View>
      {activities.items.length === 0 ? (
        <Text className="activity-card__muted">本月还没有安排组织生活</Text>
      ) : (
        activities.items.map((a) => (
          <View
            key={a._id}
            className="activity-row"
            role="link"
            data-testid="activity-row"
            onClick={go(openActivity(a._id))}
          >
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
      <View className="activity-links">
        {canPlan && (
          <Text data-testid="activity-plan-link" onClick={go('/packages/activity/plan/index')}>
            安排活动
          </Text>
        )}
        {canPlan && (
          <Text
            onClick={() =>
              copying.run(async () => {
                const { created } = await activityApi.copyLastMonth(month.data!.month);
                await Taro.showToast({ title: `已复制 ${created} 项安排`, icon: 'none' });
                month.reload();
              })
            }
          >
            复制上月安排
          </Text>
        )}
        <Text data-testid="activity-mine-link" onClick={go('/packages/activity/mine/index')}>
          我的活动
        </Text>
        {matrixOrgId && (
          <Text
            data-testid="activity-matrix-link"
            onClick={go(`/packages/activity/matrix/index?orgId=${matrixOrgId}`)}
          >
            组织生活台账
          </Text>
        )}
      </View>
    </View>
  );
}
