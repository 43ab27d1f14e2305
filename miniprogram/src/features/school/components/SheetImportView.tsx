import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import './school.scss';

interface Report {
  rejected: { row: number; reason: string }[];
}

/**
 * A sheet import's page (docs/domain.md §7.2, §7.10): how to fill the template, the template to
 * download, the file to import, and the report — what was imported, or each bad row with its
 * reason and nothing imported. `testId` names the import button (`…-import`) and the report
 * (`…-report`).
 */
export function SheetImportView<R extends Report>({
  title,
  hint,
  testId,
  sheet,
  onTemplate,
  imported,
}: {
  title: string;
  hint: string;
  testId: string;
  sheet: { report?: R; busy: string; error: string; importFile: () => Promise<void> };
  onTemplate: () => void;
  imported: (report: R) => string;
}) {
  const { report, busy, error, importFile } = sheet;
  return (
    <View className="page">
      <View className="school-card">
        <Text className="school-card__title">{title}</Text>
        <Text className="school-card__meta">{hint}</Text>
        <View className="school-actions">
          <Button type="primary" fill="outline" block disabled={!!busy} onClick={onTemplate}>
            下载导入模板
          </Button>
        </View>
        <View className="school-actions">
          <Button
            type="primary"
            block
            disabled={!!busy}
            loading={busy === 'import'}
            data-testid={`${testId}-import`}
            onClick={() => void importFile()}
          >
            选择文件导入
          </Button>
        </View>
      </View>
      {error && (
        <View className="school-card school-card--warn" role="alert">
          {error}
        </View>
      )}
      {report && (
        <View className="school-card" data-testid={`${testId}-report`}>
          {report.rejected.length === 0 ? (
            <Text className="school-card__title">{imported(report)}</Text>
          ) : (
            <>
              <Text className="school-card__title">
                {report.rejected.length} 行有问题，整张表未导入。请修改后重新上传：
              </Text>
              {report.rejected.map(({ row, reason }) => (
                <Text key={row} className="school-card__meta">
                  第 {row} 行：{reason}
                </Text>
              ))}
            </>
          )}
        </View>
      )}
    </View>
  );
}
