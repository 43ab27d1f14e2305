import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { QuestionImport } from '../../../features/school/components/QuestionImport';
import { adminOrgId, useSession } from '../../../lib/session';

/** 题库导入, for the party committee's admins. */
export default function QuestionImportPage() {
  const session = useSession();
  if (session.error) return <ErrorState error={session.error} onRetry={session.reload} />;
  if (!session.data) return <Loading />;
  if (!session.data.bound || !adminOrgId(session.data))
    return <Empty message="只有党委管理员可以导入题库" />;
  return <QuestionImport memberId={session.data.member._id} />;
}
