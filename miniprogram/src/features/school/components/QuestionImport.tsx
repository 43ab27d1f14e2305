import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { QuestionImportReport } from '../../../../../typings/functions/school';
import { openDocument } from '../../../lib/open-document';
import { useSheetImport } from '../../../lib/use-sheet-import';
import { schoolApi } from '../api';
import './school.scss';

/**
 * Imports questions from a sheet made from the template (docs/domain.md §7.10): a sheet with any
 * bad row imports nothing, and each bad row is listed with its reason.
 */
export function QuestionImport({ memberId }: { memberId: string }) {
  const { report, busy, error, run, importFile } = useSheetImport<QuestionImportReport>(
    memberId,
    schoolApi.importQuestions,
  );

  const template = () =>
    run('template', async () => openDocument((await schoolApi.questionTemplate()).url, 'xlsx'));

  return (
    <View className="page">
      <View className="school-card">
        <Text className="school-card__title">导入题库</Text>
        <Text className="school-card__meta">
          下载模板，按模板填写：题型写 单选、多选 或 判断；答案写字母（如 A、ABD），判断题写 对 或
          错；标签用顿号分隔；难度写
          易、中、难；仅用于考试的题不进入每日一练。整张表没有错误才会导入。
        </Text>
        <View className="school-actions">
          <Button type="primary" fill="outline" block disabled={!!busy} onClick={template}>
            下载导入模板
          </Button>
        </View>
        <View className="school-actions">
          <Button
            type="primary"
            block
            disabled={!!busy}
            loading={busy === 'import'}
            data-testid="school-question-import"
            onClick={importFile}
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
        <View className="school-card" data-testid="school-question-report">
          {report.rejected.length === 0 ? (
            <Text className="school-card__title">成功导入 {report.accepted} 道题</Text>
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
