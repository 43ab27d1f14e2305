import { Text, View } from '@tarojs/components';
import type { MemberRankItem } from '../../../../../typings';
import { Empty } from '../../../components/Empty';
import './RankList.scss';

/**
 * Members of one branch by points. Names come from the server only for members who opted in
 * (and the viewer); everyone else arrives as a pseudonym like 党员A12 and is shown as such.
 */
export function MemberRankList({ items }: { items: MemberRankItem[] }) {
  if (!items.length) return <Empty message="本期还没有党员获得积分" />;
  return (
    <View className="rank-list" data-testid="member-ranking">
      {items.map((item, i) => (
        <View
          key={`${item.rank}-${item.name}-${i}`}
          className={`rank-row ${item.self ? 'rank-row--self' : ''}`}
          data-testid={item.self ? 'rank-self' : undefined}
        >
          <Text className={`rank-row__rank ${item.rank <= 3 ? 'rank-row__rank--top' : ''}`}>
            {item.rank}
          </Text>
          <Text className="rank-row__name">{item.name}</Text>
          {item.self && <Text className="rank-row__me">我</Text>}
          <Text className="rank-row__points">{item.points} 分</Text>
        </View>
      ))}
    </View>
  );
}
