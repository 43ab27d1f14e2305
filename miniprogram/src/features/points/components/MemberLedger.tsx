import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { MemberHistory } from '../../../../../typings';
import { PagedListView } from '../../../components/PagedListView';
import { usePagedList } from '../../../lib/use-paged-list';
import { useShownAgain } from '../../../lib/use-shown-again';
import { pointsApi } from '../api';
import { isReversible, reversedIds } from '../reversal';
import { LedgerRow } from './LedgerRow';
import './card.scss';
import './MemberLedger.scss';

const openReverse = (entryId: string) =>
  Taro.navigateTo({
    url: `/packages/points/reverse/index?entryId=${encodeURIComponent(entryId)}`,
  });

/**
 * One member's ledger for their secretary or an admin: who it is, then every entry newest
 * first. Admins get 更正 on each entry the server would reverse; back from a reversal, the
 * list reloads so the entry shows 已更正.
 */
export function MemberLedger({ memberId }: { memberId: string }) {
  const [head, setHead] = useState<Pick<MemberHistory, 'member' | 'canReverse'>>();
  const fetchPage = useCallback(
    async (cursor: string | undefined) => {
      const page = await pointsApi.memberHistory(memberId, cursor);
      setHead({ member: page.member, canReverse: page.canReverse });
      return page;
    },
    [memberId],
  );
  const list = usePagedList(`member-history:${memberId}`, fetchPage);
  useShownAgain(list.reload);
  const reversed = reversedIds(list.items);
  return (
    <View>
      {head && (
        <>
          <View className="member-ledger__who" data-testid="member-ledger-who">
            <Text className="member-ledger__name">{head.member.name}</Text>
            <Text className="member-ledger__org">{head.member.orgName}</Text>
          </View>
          <Text className="points-card__title points-history__title">积分明细</Text>
        </>
      )}
      <PagedListView list={list} empty="该党员还没有积分记录" testId="member-history">
        {(entry) => (
          <LedgerRow
            key={entry._id}
            entry={entry}
            reversed={reversed.has(entry._id)}
            onReverse={
              head?.canReverse && isReversible(entry, reversed)
                ? () => openReverse(entry._id)
                : undefined
            }
          />
        )}
      </PagedListView>
    </View>
  );
}
