import { BoundMemberPage } from '../../../features/member/components/BoundMemberPage';
import { ProfileDetails } from '../../../features/member/components/ProfileDetails';

export default function ProfilePage() {
  return (
    <BoundMemberPage>
      {(me) => <ProfileDetails member={me.member} roles={me.roles} org={me.org} />}
    </BoundMemberPage>
  );
}
