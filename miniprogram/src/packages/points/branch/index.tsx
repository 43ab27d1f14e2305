import { useState } from 'react';
import { View } from '@tarojs/components';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { memberApi } from '../../../features/member/api';
import type { Period } from '../../../features/points/api';
import { BranchPointsView } from '../../../features/points/components/BranchPointsView';
import { BranchRankingView } from '../../../features/points/components/BranchRankingView';
import { BranchRoster } from '../../../features/points/components/BranchRoster';
import { Segmented } from '../../../features/points/components/Segmented';
import { ledgerBranchId } from '../../../features/points/roles';
import { adminOrgId, useSession } from '../../../lib/session';

type Tab = 'branches' | 'members' | 'roster';

const PERIODS = [
  ['month', '本月'],
  ['year', '本年度'],
] as const;

// The member feature's roster, for the points feature to pick whose ledger to open.
const rosterPage = (orgId: string, cursor: string | undefined) => memberApi.list(orgId, '', cursor);

export default function BranchPointsPage() {
  const viewer = useSession();
  const [period, setPeriod] = useState<Period>('month');
  const [view, setView] = useState<Tab>();
  if (viewer.error) return <ErrorState error={viewer.error} onRetry={viewer.reload} />;
  if (!viewer.data) return <Loading />;
  if (!viewer.data.bound) return <Empty message="绑定党员身份后可以查看支部积分" />;
  const adminOrg = adminOrgId(viewer.data);
  const ledgerBranch = ledgerBranchId(viewer.data);
  const views: (readonly [Tab, string])[] = [
    ...(adminOrg ? [['branches', '各支部排行'] as const] : []),
    ['members', '本支部'],
    ...(ledgerBranch ? [['roster', '成员积分明细'] as const] : []),
  ];
  // Admins compare branches first; everyone else sees their own branch.
  const shown = view ?? (adminOrg ? 'branches' : 'members');
  return (
    <View className="page page--flush">
      {views.length > 1 && <Segmented options={views} value={shown} onChange={setView} />}
      {shown !== 'roster' && <Segmented options={PERIODS} value={period} onChange={setPeriod} />}
      {adminOrg && shown === 'branches' ? (
        <BranchRankingView orgId={adminOrg} period={period} />
      ) : ledgerBranch && shown === 'roster' ? (
        <BranchRoster orgId={ledgerBranch} fetchRoster={rosterPage} />
      ) : (
        <BranchPointsView orgId={viewer.data.org._id} period={period} />
      )}
    </View>
  );
}
