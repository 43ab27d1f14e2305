import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import './PointsCard.scss';

const openBranchPoints = () => Taro.navigateTo({ url: '/packages/points/branch/index' });

/** 支部积分 on the 支部 tab: the branch's figures and ranking are one tap away. */
export function BranchPointsEntry() {
  return (
    <View
      className="points-entry"
      role="link"
      hoverClass="points-entry--pressed"
      data-testid="branch-points-entry"
      onClick={openBranchPoints}
    >
      <Text className="points-entry__title">支部积分</Text>
      <View className="points-entry__figures">
        <Text className="points-entry__figure">人均积分与排行</Text>
        <Text className="points-entry__chevron">›</Text>
      </View>
    </View>
  );
}
