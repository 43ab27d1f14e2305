import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { OfflineRecordItem } from '../../../../../typings/functions/school';
import { PagedListView } from '../../../components/PagedListView';
import { usePagedList } from '../../../lib/use-paged-list';
import { schoolApi } from '../api';
import './school.scss';

/**
 * A member's offline trainings, latest first, each with its evidence photo when there is one:
 * the link lasts minutes, so it is opened as it comes.
 */
export function OfflineRecords({
  memberId,
  generation = 0,
}: {
  memberId: string;
  generation?: number;
}) {
  const list = usePagedList<OfflineRecordItem>(`offline:${memberId}:${generation}`, (cursor) =>
    schoolApi.offlineRecords(memberId, cursor),
  );
  return (
    <PagedListView list={list} empty="暂无线下学时记录" testId="school-offline-records">
      {(record) => (
        <View key={record._id} className="school-card" data-testid="school-offline-record">
          <Text className="school-card__title">
            {record.title} · {record.hours} 学时
          </Text>
          <Text className="school-card__meta">培训日期 {record.date}</Text>
          {record.evidenceUrl && (
            <Button
              size="small"
              fill="outline"
              data-testid="school-offline-evidence"
              onClick={() => void Taro.previewImage({ urls: [record.evidenceUrl!] })}
            >
              查看凭证照片
            </Button>
          )}
        </View>
      )}
    </PagedListView>
  );
}
