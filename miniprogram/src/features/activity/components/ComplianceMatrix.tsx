import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { ComplianceRow, MonthFigures } from '../../../../../typings/functions/activity';
import { warningText } from '../labels';
import './activity.scss';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

function cell(month: MonthFigures, future: boolean) {
  if (future) return { className: 'matrix__cell--future', text: '' };
  const held = Object.values(month.held).reduce((sum, n) => sum + (n ?? 0), 0);
  return month.warnings.length
    ? { className: 'matrix__cell--warn', text: String(held) }
    : { className: 'matrix__cell--ok', text: String(held) };
}

/**
 * Branches × months at a glance: green where the month is in order, orange where the rules
 * warn (the number is what was held); a tap shows the month's warnings and opens the branch.
 */
export function ComplianceMatrix({
  rows,
  year,
  currentMonth,
}: {
  rows: ComplianceRow[];
  year: number;
  /** The last month judged: 12 for a past year. */
  currentMonth: number;
}) {
  const explain = (row: ComplianceRow, m: number) => {
    const warnings = row.months[m - 1].warnings.map(warningText);
    void Taro.showModal({
      title: `${row.orgName} ${year}年${m}月`,
      content: warnings.length ? warnings.join('；') : '本月组织生活符合要求',
      showCancel: false,
    });
  };
  return (
    <View className="activity-card matrix" data-testid="compliance-matrix">
      <View className="matrix__row">
        <Text className="matrix__name">支部</Text>
        {MONTHS.map((m) => (
          <Text key={m} className="matrix__cell">
            {m}
          </Text>
        ))}
      </View>
      {rows.map((row) => (
        <View key={row.orgId} className="matrix__row" data-testid={`matrix-${row.orgId}`}>
          <Text className="matrix__name">{row.orgName}</Text>
          {MONTHS.map((m) => {
            const { className, text } = cell(row.months[m - 1], m > currentMonth);
            return (
              <Text
                key={m}
                className={`matrix__cell ${className}`}
                data-testid={`matrix-${row.orgId}-${m}`}
                onClick={() => explain(row, m)}
              >
                {text}
              </Text>
            );
          })}
        </View>
      ))}
    </View>
  );
}
