import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Picker, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { openDocument } from '../../../lib/open-document';
import { pointsApi } from '../api';
import './card.scss';
import './ExportPanel.scss';

const thisYear = new Date().getFullYear();
const YEARS = [thisYear, thisYear - 1, thisYear - 2].map(String);

/** A year's points of every branch under the organisation, one sheet each, for 民主评议. */
export function ExportPanel({ orgId }: { orgId: string }) {
  const [year, setYear] = useState(YEARS[0]);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState('');

  const exportYear = async () => {
    setSending(true);
    setError('');
    try {
      const { url, fileName } = await pointsApi.exportYear(orgId, Number(year));
      if (await openDocument(url, 'xlsx', fileName))
        Taro.showToast({ title: '已生成积分表', icon: 'success' });
    } catch (err) {
      setError((err instanceof CloudError ? err : networkError()).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="points-card" data-testid="points-export">
      <Text className="points-card__title">年度积分导出（民主评议）</Text>
      <View className="export-panel__row">
        <Picker
          mode="selector"
          range={YEARS}
          value={YEARS.indexOf(year)}
          onChange={(e) => setYear(YEARS[Number(e.detail.value)])}
        >
          <View className="export-panel__year">{year} 年 ▾</View>
        </Picker>
        <Button type="primary" disabled={sending} loading={sending} onClick={exportYear}>
          导出 Excel
        </Button>
      </View>
      <Text className="points-card__note">
        每个支部一张工作表：全体党员逐月积分、全年合计和各项积分。
      </Text>
      {error && (
        <View className="export-panel__error" role="alert">
          {error}
        </View>
      )}
    </View>
  );
}
