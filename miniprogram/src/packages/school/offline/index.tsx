import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { OfflineImport } from '../../../features/school/components/OfflineImport';
import { hoursOrgId } from '../../../features/school/roles';
import { useSession } from '../../../lib/session';

/** 导入线下学时, for a branch's 书记 and the admins above it. */
export default function OfflineImportPage() {
  const session = useSession();
  if (session.error) return <ErrorState error={session.error} onRetry={session.reload} />;
  if (!session.data) return <Loading />;
  if (!session.data.bound || !hoursOrgId(session.data))
    return <Empty message="只有支部书记或组织管理员可以登记学时" />;
  return <OfflineImport memberId={session.data.member._id} />;
}
