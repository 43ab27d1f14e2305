import { Text, View } from '@tarojs/components';
import type { ImportReport as Report } from '../../../../../typings';
import './ImportReport.scss';

/** What an import did: how many joined the roster, and each refused row with its reason. */
export function ImportReport({ report }: { report: Report }) {
  return (
    <View className="import-report" data-testid="import-report">
      <Text className="import-report__accepted">成功导入 {report.accepted} 人</Text>
      {report.rejected.length > 0 && (
        <>
          <Text className="import-report__rejected">
            {report.rejected.length} 行未导入，请修改后重新上传这些行：
          </Text>
          <View className="import-report__table" role="table">
            <View className="import-report__row import-report__row--head" role="row">
              <View className="import-report__line" role="columnheader">
                行号
              </View>
              <View className="import-report__reason" role="columnheader">
                原因
              </View>
            </View>
            {report.rejected.map(({ row, reason }) => (
              <View key={row} className="import-report__row" role="row">
                <View className="import-report__line" role="cell">
                  {row}
                </View>
                <View className="import-report__reason" role="cell">
                  {reason}
                </View>
              </View>
            ))}
          </View>
        </>
      )}
    </View>
  );
}
