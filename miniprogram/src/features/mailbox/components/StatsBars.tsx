import { Text, View } from '@tarojs/components';
import type { MailboxStats } from '../../../../../typings/functions/mailbox';
import { LETTER_CATEGORIES, LETTER_STATUSES } from '../../../../../typings/policy/mailbox';
import './mailbox.scss';

/** Rows of label, bar and figure; bars are widths against the largest figure. */
function Bars({ title, rows }: { title: string; rows: [label: string, value: number][] }) {
  const top = Math.max(1, ...rows.map(([, value]) => value));
  return (
    <View className="mailbox-card" data-testid={`stats-${title}`}>
      <Text className="mailbox-card__label">{title}</Text>
      {rows.map(([label, value]) => (
        <View key={label} className="mailbox-bar">
          <Text className="mailbox-bar__label">{label}</Text>
          <View className="mailbox-bar__track">
            <View className="mailbox-bar__fill" style={{ width: `${(value / top) * 100}%` }} />
          </View>
          <Text className="mailbox-bar__value">{value}</Text>
        </View>
      ))}
    </View>
  );
}

/** An organisation's mailbox figures: never content, only counts and answer time. */
export function StatsBars({ stats }: { stats: MailboxStats }) {
  return (
    <View data-testid="mailbox-stats">
      <View className="mailbox-card mailbox-figures">
        <Text className="mailbox-card__label">{stats.orgName}</Text>
        <View className="mailbox-figures__row">
          <View className="mailbox-figures__item">
            <Text className="mailbox-figures__value">{stats.total}</Text>
            <Text>来信</Text>
          </View>
          <View className="mailbox-figures__item">
            <Text className="mailbox-figures__value">{stats.replied}</Text>
            <Text>已答复</Text>
          </View>
          <View className="mailbox-figures__item">
            <Text className="mailbox-figures__value" data-testid="stats-average">
              {stats.averageReplyDays === null ? '—' : `${stats.averageReplyDays} 天`}
            </Text>
            <Text>平均答复</Text>
          </View>
          <View className="mailbox-figures__item">
            <Text className="mailbox-figures__value mailbox-figures__value--alert">
              {stats.overdue}
            </Text>
            <Text>超期未答</Text>
          </View>
        </View>
      </View>
      <Bars title="按类别" rows={LETTER_CATEGORIES.map((c) => [c, stats.byCategory[c] ?? 0])} />
      <Bars title="按状态" rows={LETTER_STATUSES.map((s) => [s, stats.byStatus[s] ?? 0])} />
    </View>
  );
}
