import { useCallback } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { RosterItem } from '../../../../../typings';
import type { Page } from '../../../../../typings/functions/common';
import { PagedListView } from '../../../components/PagedListView';
import { usePagedList } from '../../../lib/use-paged-list';
import '../../../components/roster-row.scss';
import './card.scss';
import './BranchRoster.scss';

const openHistory = (memberId: string) =>
  Taro.navigateTo({ url: `/packages/points/member-history/index?memberId=${memberId}` });

/**
 * The branch's members by name, for a secretary to open one member's 积分明细. Names only, in
 * roster order: it says nothing about who ranks where, so the anonymised ranking stays so.
 */
export function BranchRoster({
  orgId,
  fetchRoster,
}: {
  orgId: string;
  /** A page of the branch's roster: the page passes the member function's list. */
  fetchRoster: (orgId: string, cursor: string | undefined) => Promise<Page<RosterItem>>;
}) {
  const fetchPage = useCallback(
    (cursor: string | undefined) => fetchRoster(orgId, cursor),
    [orgId, fetchRoster],
  );
  const list = usePagedList(`roster:${orgId}`, fetchPage);
  return (
    <View>
      <Text className="points-card__note branch-roster__intro">
        选择一名党员，查看其积分明细（每条记录的来源、时间和原因）。
      </Text>
      <View className="branch-roster">
        <PagedListView list={list} empty="本支部名册中还没有党员" testId="branch-roster">
          {(member) => (
            <View
              key={member._id}
              className="roster-row"
              role="link"
              hoverClass="roster-row--pressed"
              data-testid={`roster-${member._id}`}
              onClick={() => openHistory(member._id)}
            >
              <View className="roster-row__main">
                <Text className="roster-row__name">{member.name}</Text>
                <Text className="roster-row__detail">
                  {member.post || (member.kind === 'record' ? member.status : '')}
                </Text>
              </View>
              <Text className="branch-roster__chevron">›</Text>
            </View>
          )}
        </PagedListView>
      </View>
    </View>
  );
}
