import { BranchActivitySection } from '../../features/activity/components/BranchActivitySection';
import { BoundMemberPage } from '../../features/member/components/BoundMemberPage';
import { OrgCard } from '../../features/member/components/OrgCard';
import { canManageRoster } from '../../features/member/scope';
import { MailboxLinks } from '../../features/mailbox/components/MailboxLinks';
import { NoticeLinks } from '../../features/notice/components/NoticeLinks';
import { BranchPointsEntry } from '../../features/points/components/BranchPointsEntry';
import { BranchStudySection } from '../../features/school/components/BranchStudySection';
import { adminOrgId, managedBranchId } from '../../lib/session';

export default function BranchPage() {
  return (
    <BoundMemberPage>
      {(me) => (
        <>
          <OrgCard org={me.org} />
          <NoticeLinks canSend={canManageRoster(me)} />
          <MailboxLinks me={me} />
          <BranchActivitySection matrixOrgId={adminOrgId(me) ?? managedBranchId(me)} />
          <BranchPointsEntry />
          <BranchStudySection branchId={managedBranchId(me)} adminOrgId={adminOrgId(me)} />
        </>
      )}
    </BoundMemberPage>
  );
}
