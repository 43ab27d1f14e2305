import { Text, View } from '@tarojs/components';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { formatDateTime } from '../../../lib/format';
import { usePagedList } from '../../../lib/use-paged-list';
import { memberApi } from '../api';
import { auditActionLabel } from '../labels';
import { ListFooter } from './ListFooter';
import './AuditLogList.scss';

/** Who looked at or exported full ID and phone numbers, newest first. */
export function AuditLogList() {
  const list = usePagedList('audit', memberApi.auditLog);
  if (list.error && !list.items.length)
    return <ErrorState error={list.error} onRetry={list.reload} />;
  if (list.loading && !list.items.length) return <Loading />;
  if (!list.items.length) return <Empty message="还没有人查看或导出完整信息" />;
  return (
    <View>
      {list.items.map((entry) => (
        <View key={entry._id} className="audit-entry">
          <View className="audit-entry__head">
            <Text className="audit-entry__action">{auditActionLabel[entry.action]}</Text>
            <Text className="audit-entry__time">{formatDateTime(entry.at)}</Text>
          </View>
          <Text className="audit-entry__who">操作人：{entry.actorName}</Text>
          <Text className="audit-entry__who">涉及：{entry.targetName}</Text>
        </View>
      ))}
      {list.error ? (
        <ErrorState error={list.error} onRetry={list.loadMore} />
      ) : (
        <ListFooter loadingMore={list.loadingMore} hasMore={list.hasMore} />
      )}
    </View>
  );
}
