import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { ImportReport as Report } from '../../../../../typings';
import { memberApi } from '../api';
import { openDocument } from '../../../lib/open-document';
import { useSheetImport } from '../../../lib/use-sheet-import';
import { ImportReport } from './ImportReport';
import './panel.scss';

interface Props {
  /** The caller's own roster entry: uploads go under their folder, which the import checks. */
  memberId: string;
  orgId: string;
  /** Only org admins may export the full ID and phone numbers. */
  canExportFull: boolean;
}

/** Imports a roster spreadsheet made from the template; exports the roster in the same layout. */
export function RosterTransfer({ memberId, orgId, canExportFull }: Props) {
  const { report, busy, error, run, importFile } = useSheetImport<Report>(
    memberId,
    memberApi.importRoster,
  );

  const template = () =>
    run('template', async () => openDocument((await memberApi.importTemplate()).url, 'xlsx'));

  const exportRoster = async (unmasked: boolean) => {
    if (unmasked) {
      const { confirm } = await Taro.showModal({
        title: '导出完整信息',
        content: '导出的名册含完整的身份证号和手机号，本次导出将记入敏感信息访问记录。确定导出吗？',
        confirmText: '导出',
        confirmColor: '#C8161D',
      });
      if (!confirm) return;
    }
    await run('export', async () => {
      const { url, fileName } = await memberApi.exportRoster(orgId, unmasked);
      return openDocument(url, 'xlsx', fileName);
    });
  };

  return (
    <View>
      <View className="panel">
        <Text className="panel__row">导入党员名册</Text>
        <Text className="panel__note">
          请先下载导入模板，按模板填写后选择 .xlsx 文件上传；有问题的行不会导入，其余照常导入。
        </Text>
        <View className="panel__actions panel__actions--spaced">
          <Button type="primary" fill="outline" disabled={!!busy} onClick={template}>
            下载导入模板
          </Button>
          <Button
            type="primary"
            disabled={!!busy}
            loading={busy === 'import'}
            data-testid="choose-import"
            onClick={importFile}
          >
            选择文件导入
          </Button>
        </View>
      </View>
      {report && <ImportReport report={report} />}
      <View className="panel">
        <Text className="panel__row">导出党员名册</Text>
        <Text className="panel__note">
          导出本组织及下级组织的党员，身份证号和手机号已隐去部分数字。
        </Text>
        <View className="panel__actions panel__actions--spaced">
          <Button
            type="primary"
            fill="outline"
            disabled={!!busy}
            loading={busy === 'export'}
            onClick={() => exportRoster(false)}
          >
            导出名册
          </Button>
          {canExportFull && (
            <Button type="default" disabled={!!busy} onClick={() => exportRoster(true)}>
              导出完整信息
            </Button>
          )}
        </View>
      </View>
      {error && (
        <View className="panel__error panel__error--block" role="alert">
          {error}
        </View>
      )}
    </View>
  );
}
