import { useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { BranchHoursRow } from '../../../../../typings/functions/school';
import { PagedListView } from '../../../components/PagedListView';
import { schoolApi } from '../../../features/school/api';
import { OfflineHoursForm } from '../../../features/school/components/OfflineHoursForm';
import { OfflineRecords } from '../../../features/school/components/OfflineRecords';
import { usePagedList } from '../../../lib/use-paged-list';
import '../../../features/school/components/school.scss';

const today = () => {
  const china = new Date(Date.now() + 8 * 3600_000);
  return china.toISOString().slice(0, 10);
};

/**
 * A branch's members with their 学时 against pace; tap one to record offline 学时 and see their
 * records, or import a sheet of them.
 */
export default function BranchHoursPage() {
  const { params } = useRouter();
  const orgId = params.orgId ?? '';
  const [generation, setGeneration] = useState(0);
  const list = usePagedList<BranchHoursRow>(`${orgId}:${generation}`, (cursor) =>
    schoolApi.branchHours(orgId, cursor),
  );
  const [recording, setRecording] = useState<BranchHoursRow>();
  return (
    <View className="page">
      <View className="school-actions">
        <Button
          fill="outline"
          block
          data-testid="school-offline-import-entry"
          onClick={() => void Taro.navigateTo({ url: '/packages/school/offline/index' })}
        >
          从 Excel 导入线下学时
        </Button>
      </View>
      {recording && (
        <>
          {/* A new form (and request id) for each record: a resent one is recorded once. */}
          <OfflineHoursForm
            key={`${recording.memberId}:${generation}`}
            memberId={recording.memberId}
            name={recording.name}
            today={today()}
            onDone={() => setGeneration(generation + 1)}
          />
          <OfflineRecords memberId={recording.memberId} generation={generation} />
        </>
      )}
      <PagedListView list={list} empty="本支部暂无党员" testId="school-branch-hours">
        {(row) => (
          <View
            key={row.memberId}
            className={row.behind ? 'school-card school-card--warn' : 'school-card'}
            data-testid="school-branch-row"
            onClick={() => setRecording(row)}
          >
            <Text className="school-card__title">
              {row.name} · {row.hours} / {row.required} 学时
            </Text>
            <Text className="school-card__meta">
              线上 {row.online} · 线下 {row.offline} · 完成课时 {row.lessonsCompleted} ·{' '}
              {row.behind ? `落后进度（应达 ${row.pace}）` : '进度正常'}
            </Text>
          </View>
        )}
      </PagedListView>
    </View>
  );
}
