import { BoundMemberPage } from '../../../features/member/components/BoundMemberPage';
import { ProfileEditor } from '../../../features/member/components/ProfileEditor';

export default function ProfileEditPage() {
  return (
    <BoundMemberPage>
      {(me) => <ProfileEditor key={me.member._id} member={me.member} />}
    </BoundMemberPage>
  );
}
