import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useMyPoints } from '../api';
import './PointsCard.scss';

const openMine = () => Taro.navigateTo({ url: '/packages/points/mine/index' });

/** 我的积分 on the 我的 tab: the year's total and today's, one tap from the full page. */
export function PointsCard() {
  const { data, error } = useMyPoints();
  return (
    <View
      className="points-entry"
      role="link"
      hoverClass="points-entry--pressed"
      data-testid="points-card"
      onClick={openMine}
    >
      <Text className="points-entry__title">我的积分</Text>
      <View className="points-entry__figures">
        {data ? (
          <>
            <Text className="points-entry__figure">
              本年度 <Text className="points-entry__value">{data.year}</Text>
            </Text>
            <Text className="points-entry__figure">
              今日 <Text className="points-entry__value">{data.today}</Text>
            </Text>
          </>
        ) : (
          <Text className="points-entry__figure">{error ? '点击查看' : '加载中…'}</Text>
        )}
        <Text className="points-entry__chevron">›</Text>
      </View>
    </View>
  );
}
