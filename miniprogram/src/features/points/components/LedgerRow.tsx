import { Text, View } from '@tarojs/components';
import type { LedgerItem } from '../../../../../typings';
import { formatDateTime } from '../../../lib/format';
import { signed } from '../labels';
import './LedgerRow.scss';

/**
 * One ledger entry: what earned it, the points, when, and for manual entries and reversals
 * why; with `onReverse`, a 更正 (reversal) action for an admin looking at a member's ledger.
 */
export function LedgerRow({
  entry,
  reversed,
  onReverse,
}: {
  entry: LedgerItem;
  reversed: boolean;
  onReverse?: () => void;
}) {
  const tone = entry.points > 0 ? 'gain' : entry.points < 0 ? 'loss' : 'none';
  return (
    <View className="ledger-row" data-testid={`ledger-${entry._id}`}>
      <View className="ledger-row__head">
        <Text className="ledger-row__rule">{entry.ruleName}</Text>
        <Text className={`ledger-row__points ledger-row__points--${tone}`}>
          {signed(entry.points)}
        </Text>
      </View>
      <View className="ledger-row__meta">
        <Text>{formatDateTime(entry.at)}</Text>
        {entry.capped && <Text className="ledger-row__tag">已达每日上限</Text>}
        {reversed && <Text className="ledger-row__tag ledger-row__tag--reversed">已更正</Text>}
      </View>
      {entry.reason && <Text className="ledger-row__reason">原因：{entry.reason}</Text>}
      {onReverse && (
        <View className="ledger-row__actions">
          <View
            className="ledger-row__action"
            role="button"
            hoverClass="ledger-row__action--pressed"
            data-testid={`reverse-${entry._id}`}
            onClick={onReverse}
          >
            <Text>更正</Text>
          </View>
        </View>
      )}
    </View>
  );
}
