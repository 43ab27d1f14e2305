import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { BindingPrompt } from '../../../features/member/components/BindingPrompt';
import { RosterList } from '../../../features/member/components/RosterList';
import { canManageRoster, defaultRosterOrgId } from '../../../features/member/scope';
import './index.scss';
import { useSession } from '../../../lib/session';

export default function RosterPage() {
  const { params } = useRouter();
  const { data: me, error, reload } = useSession();
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!me) return <Loading />;
  if (!me.bound) return <BindingPrompt />;
  const orgId = params.orgId || defaultRosterOrgId(me);
  return (
    <View className="page page--flush">
      {canManageRoster(me) && (
        <View className="roster-actions">
          <Button
            type="primary"
            size="small"
            onClick={() => Taro.navigateTo({ url: `/packages/member/edit/index?orgId=${orgId}` })}
          >
            新增党员
          </Button>
          <Button
            type="primary"
            fill="outline"
            size="small"
            onClick={() =>
              Taro.navigateTo({ url: `/packages/member/import-export/index?orgId=${orgId}` })
            }
          >
            导入/导出
          </Button>
        </View>
      )}
      <RosterList orgId={orgId} />
    </View>
  );
}
