import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { isAdminRole, isManagingRole } from '../../../../../typings/policy/roles';
import { useBranchBadge } from '../../../lib/branch-badge';
import type { BoundMe } from '../../../lib/session';
import { useCloud } from '../../../lib/use-cloud';
import { readsByRole } from '../readers';
import './mailbox.scss';

const open = (url: string) => Taro.navigateTo({ url });

function Row(props: { label: string; testId: string; url: string; badge?: number }) {
  return (
    <View
      className="mailbox-links__row"
      role="link"
      hoverClass="mailbox-links__row--pressed"
      data-testid={props.testId}
      onClick={() => open(props.url)}
    >
      <Text>{props.label}</Text>
      {props.badge ? (
        <Text className="mailbox-links__badge" data-testid="mailbox-unread">
          {props.badge > 99 ? '99+' : props.badge}
        </Text>
      ) : null}
      <Text className="mailbox-links__chevron">›</Text>
    </View>
  );
}

/**
 * The 支部 tab's mailbox entries: writing and 随手拍 for every member, and for those who answer
 * letters (by their seat, or named a deputy) 书记信箱 with its unread count — added to the tab's
 * badge — and the figures.
 */
export function MailboxLinks({ me }: { me: BoundMe }) {
  const byRole = readsByRole(me);
  // Refreshed each time the tab shows; a reply for an identity that left is dropped.
  const { data } = useCloud('mailbox', 'inbox', {});
  const unread = data?.unread ?? 0;
  useBranchBadge('letters', unread);
  return (
    <View className="mailbox-links" data-testid="mailbox-links">
      <Row label="写信给书记" testId="open-write-letter" url="/packages/mailbox/write/index" />
      <Row label="随手拍" testId="open-snap" url="/packages/mailbox/snap/index" />
      <Row label="我的信件" testId="open-my-letters" url="/packages/mailbox/mine/index" />
      {(byRole || (data?.items.length ?? 0) > 0) && (
        <Row
          label="书记信箱"
          testId="open-mailbox-inbox"
          url="/packages/mailbox/inbox/index"
          badge={unread}
        />
      )}
      {me.roles.some(isManagingRole) && (
        <>
          <Row
            label="信箱代阅人"
            testId="open-mailbox-delegates"
            url="/packages/mailbox/delegates/index"
          />
          <Row label="信箱统计" testId="open-mailbox-stats" url="/packages/mailbox/stats/index" />
        </>
      )}
      {me.roles.some(isAdminRole) && (
        <Row
          label="信箱设置"
          testId="open-mailbox-settings"
          url="/packages/mailbox/settings/index"
        />
      )}
    </View>
  );
}
