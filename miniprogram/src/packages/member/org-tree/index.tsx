import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { memberApi, useOrgTreeTop } from '../../../features/member/api';
import { OrgTree } from '../../../features/member/components/OrgTree';

export default function OrgTreePage() {
  const { data, error, reload } = useOrgTreeTop();
  return (
    <View className="page page--flush">
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : !data ? (
        <Loading />
      ) : data.items.length ? (
        <OrgTree
          top={data.items}
          loadChildren={memberApi.orgChildren}
          onOpen={(org) =>
            Taro.navigateTo({ url: `/packages/member/roster/index?orgId=${org._id}` })
          }
        />
      ) : (
        <Empty message="没有可查看的组织" />
      )}
    </View>
  );
}
