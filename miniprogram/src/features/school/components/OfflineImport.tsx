import { useState } from 'react';
import type { OfflineImportReport } from '../../../../../typings/functions/school';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { openDocument } from '../../../lib/open-document';
import { useSheetImport } from '../../../lib/use-sheet-import';
import { schoolApi } from '../api';
import { SheetImportView } from './SheetImportView';

/**
 * Imports offline 学时 from a sheet made from the template (docs/domain.md §7.2): a sheet with
 * any bad row imports nothing, and each bad row is listed with its reason. One import keeps its
 * request id until it has written, so a retry after a lost answer records each row once.
 */
export function OfflineImport({ memberId }: { memberId: string }) {
  const [requestId, setRequestId] = useState(newRequestId);
  const sheet = useSheetImport<OfflineImportReport>(memberId, async (fileID) => {
    const report = await schoolApi.importOffline(fileID, requestId);
    if (report.accepted) setRequestId(newRequestId());
    return report;
  });
  const template = () =>
    sheet.run('template', async () =>
      openDocument((await schoolApi.offlineTemplate()).url, 'xlsx'),
    );
  return (
    <SheetImportView
      title="导入线下学时"
      hint="下载模板，一行登记一名党员的一次培训：姓名和身份证后四位用来找到党员；只管理一个支部时所在支部可留空；培训日期须为今年且不晚于今天；学时最多一位小数。整张表没有错误才会导入，同一次导入重复提交只记一次。模板中的示例行可直接导入，请改成实际的培训后再上传。"
      testId="school-offline"
      sheet={sheet}
      onTemplate={template}
      imported={(report) => `成功导入 ${report.accepted} 条记录，共 ${report.hours} 学时`}
    />
  );
}
