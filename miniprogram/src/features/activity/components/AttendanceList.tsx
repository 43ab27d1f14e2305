import { Picker, Text, View } from '@tarojs/components';
import { ABSENCE_REASONS } from '../../../../../typings/documents/activity';
import type { AttendanceRow } from '../../../../../typings/functions/activity';
import './activity.scss';

const stateOf = (row: AttendanceRow) => {
  if (row.state === 'present') return row.via === 'code' ? '已签到' : '到会';
  if (row.state === 'guest') return '列席';
  if (row.state === 'absent')
    return `缺席${row.reason ? `（${row.reason}）` : ''}${row.studiedAt ? ' · 已补学' : ''}`;
  return '未签到';
};

/** Who was due and what became of them; the host marks by hand where `onMark` is given. */
export function AttendanceList({
  rows,
  onMark,
}: {
  rows: AttendanceRow[];
  onMark?: (memberId: string, state: 'present' | 'absent', reason: string | null) => void;
}) {
  return (
    <View data-testid="attendance">
      {rows.map((row) => (
        <View key={row.memberId} className="activity-row">
          <Text>
            {row.name}
            {row.voting ? '' : '（无表决权）'}
          </Text>
          <View className="activity-links">
            <Text className="activity-row__status">{stateOf(row)}</Text>
            {onMark && row.state !== 'present' && (
              <Text onClick={() => onMark(row.memberId, 'present', null)}>到会</Text>
            )}
            {onMark && row.state !== 'absent' && (
              <Picker
                mode="selector"
                range={[...ABSENCE_REASONS]}
                onChange={(e) =>
                  onMark(row.memberId, 'absent', ABSENCE_REASONS[Number(e.detail.value)])
                }
              >
                <Text>缺席</Text>
              </Picker>
            )}
          </View>
        </View>
      ))}
    </View>
  );
}
