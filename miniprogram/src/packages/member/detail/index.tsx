import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useMember } from '../../../features/member/api';
import { ManageActions } from '../../../features/member/components/ManageActions';
import { ColleagueFields, MemberFields } from '../../../features/member/components/MemberFields';
import { RevealPanel } from '../../../features/member/components/RevealPanel';
import './index.scss';

export default function MemberDetailPage() {
  const { params } = useRouter();
  const { data, error, reload } = useMember(params.id ?? '');
  return (
    <View className="page">
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : !data ? (
        <Loading />
      ) : data.kind === 'colleague' ? (
        <View className="member-detail__fields">
          <ColleagueFields colleague={data} />
        </View>
      ) : (
        <>
          {data.canManage && <ManageActions member={data} onChanged={reload} />}
          {data.canReveal && <RevealPanel memberId={data._id} />}
          <View className="member-detail__fields">
            <MemberFields member={data} />
          </View>
        </>
      )}
    </View>
  );
}
