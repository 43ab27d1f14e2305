import { Text, View } from '@tarojs/components';
import type { BranchRankItem } from '../../../../../typings';
import './RankList.scss';

/** A branch compared by points per member, so a small branch is not outranked for being small. */
export function BranchRankRow({ item }: { item: BranchRankItem }) {
  return (
    <View className="rank-row">
      <Text className={`rank-row__rank ${item.rank <= 3 ? 'rank-row__rank--top' : ''}`}>
        {item.rank}
      </Text>
      <View className="rank-row__name">
        <Text>{item.name}</Text>
        <Text className="rank-row__detail">
          {item.memberCount} 名党员 · 合计 {item.total} 分
        </Text>
      </View>
      <Text className="rank-row__points">人均 {item.average}</Text>
    </View>
  );
}
