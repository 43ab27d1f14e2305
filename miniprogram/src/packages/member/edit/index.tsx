import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Empty } from '../../../components/Empty';
import { Loading } from '../../../components/Loading';
import { useMember } from '../../../features/member/api';
import { MemberForm } from '../../../features/member/components/MemberForm';
import { emptyMemberForm, formFromMember } from '../../../features/member/member-form';

/** `?id=` edits that member; `?orgId=` adds one, that branch chosen when it is one. */
function EditMember({ id }: { id: string }) {
  const { data, error, reload } = useMember(id);
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  if (data.kind !== 'record') return <Empty message="只有本支部书记或上级管理员可以编辑党员信息" />;
  return (
    <MemberForm
      key={data._id}
      target={{ create: false, member: data }}
      initial={formFromMember(data)}
    />
  );
}

export default function MemberEditPage() {
  const { params } = useRouter();
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: params.id ? '编辑党员信息' : '新增党员' });
  }, [params.id]);
  return (
    <View className="page">
      {params.id ? (
        <EditMember id={params.id} />
      ) : (
        <MemberForm target={{ create: true, orgId: params.orgId }} initial={emptyMemberForm} />
      )}
    </View>
  );
}
