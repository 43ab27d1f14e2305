import { Text, View } from '@tarojs/components';
import { Chips } from '../../../components/Chips';
import { useCloud } from '../../../lib/use-cloud';
import '../../../components/chips.scss';
import './mailbox.scss';

/**
 * Which organisation's figures to show: the organisations directly under the one shown, and the
 * way back up to where the caller's figures start. One level at a time, so a 党委 of thousands
 * of branches shows a short list.
 */
export function StatsOrgPicker({
  topId,
  orgId,
  onPick,
}: {
  topId: string;
  orgId: string;
  onPick: (orgId: string) => void;
}) {
  const tree = useCloud('member', 'orgTree', { rootId: orgId, depth: 1 });
  const items = tree.data?.items ?? [];
  const shown = items.find((o) => o._id === orgId);
  const below = items.filter((o) => o.parentId === orgId);
  const up = orgId !== topId ? shown?.parentId : null;
  if (!up && below.length === 0) return null;
  return (
    <View className="mailbox-card" data-testid="stats-org-picker">
      <Text className="mailbox-card__label">查看下级组织</Text>
      <Chips
        options={[
          ...(up ? [{ value: up, label: '‹ 返回上级' }] : []),
          ...below.map((o) => ({ value: o._id, label: o.name })),
        ]}
        value={orgId}
        onChange={onPick}
        testIdPrefix="stats-org-"
      />
    </View>
  );
}
