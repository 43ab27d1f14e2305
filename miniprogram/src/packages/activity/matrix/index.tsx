import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import dayjs from 'dayjs';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useCompliance } from '../../../features/activity/api';
import { ComplianceMatrix } from '../../../features/activity/components/ComplianceMatrix';

export default function ComplianceMatrixPage() {
  const { orgId = '', year: asked } = useRouter().params;
  const now = dayjs();
  const year = Number(asked) || now.year();
  // The cursors of the pages before this one: 上一页 goes back without asking for them again.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const matrix = useCompliance(orgId, year, cursors[cursors.length - 1]);
  const next = matrix.data?.nextCursor;
  if (matrix.error) return <ErrorState error={matrix.error} onRetry={matrix.reload} />;
  if (!matrix.data) return <Loading />;
  if (!matrix.data.rows.length) return <Empty message="还没有支部的组织生活数据" />;
  return (
    <View className="page">
      <ComplianceMatrix
        rows={matrix.data.rows}
        year={year}
        currentMonth={year < now.year() ? 12 : now.month() + 1}
      />
      <View className="activity-links">
        {cursors.length > 1 && (
          <Text onClick={() => setCursors((prev) => prev.slice(0, -1))}>上一页</Text>
        )}
        {next && <Text onClick={() => setCursors((prev) => [...prev, next])}>下一页</Text>}
      </View>
    </View>
  );
}
