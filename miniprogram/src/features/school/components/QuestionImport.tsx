import type { QuestionImportReport } from '../../../../../typings/functions/school';
import { openDocument } from '../../../lib/open-document';
import { useSheetImport } from '../../../lib/use-sheet-import';
import { schoolApi } from '../api';
import { SheetImportView } from './SheetImportView';

/**
 * Imports questions from a sheet made from the template (docs/domain.md §7.10): a sheet with any
 * bad row imports nothing, and each bad row is listed with its reason.
 */
export function QuestionImport({ memberId }: { memberId: string }) {
  const sheet = useSheetImport<QuestionImportReport>(memberId, schoolApi.importQuestions);
  const template = () =>
    sheet.run('template', async () =>
      openDocument((await schoolApi.questionTemplate()).url, 'xlsx'),
    );
  return (
    <SheetImportView
      title="导入题库"
      hint="下载模板，按模板填写：题型写 单选、多选 或 判断；答案写字母（如 A、ABD），判断题写 对 或 错；标签用顿号分隔；难度写 易、中、难；仅用于考试的题不进入每日一练。整张表没有错误才会导入。"
      testId="school-question"
      sheet={sheet}
      onTemplate={template}
      imported={(report) => `成功导入 ${report.accepted} 道题`}
    />
  );
}
