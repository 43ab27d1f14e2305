import { View } from '@tarojs/components';
import { AuditLogList } from '../../../features/member/components/AuditLogList';

export default function AuditLogPage() {
  return (
    <View className="page page--flush">
      <AuditLogList />
    </View>
  );
}
