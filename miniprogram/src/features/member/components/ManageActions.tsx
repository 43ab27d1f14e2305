import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { MemberDetail } from '../../../../../typings';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { memberApi } from '../api';
import { BranchPicker } from './BranchPicker';
import { InviteCard } from './InviteCard';
import './panel.scss';

interface Invite {
  code: string;
  expiresAt: string;
}

/** What a secretary or admin may do with a roster entry; `onChanged` reloads the entry. */
export function ManageActions({
  member,
  onChanged,
}: {
  member: MemberDetail;
  onChanged: () => void;
}) {
  const [invite, setInvite] = useState<Invite>();
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);

  const run = async (work: () => Promise<string>) => {
    setSending(true);
    setError('');
    try {
      const done = await work();
      await Taro.showToast({ title: done, icon: 'success' });
    } catch (err) {
      setError((err instanceof CloudError ? err : networkError()).message);
    } finally {
      setSending(false);
    }
  };

  const issue = () =>
    run(async () => {
      setInvite(await memberApi.issueInvite(member._id));
      return '已生成邀请码';
    });
  const revoke = () =>
    run(async () => {
      const { revoked } = await memberApi.revokeInvite(member._id);
      setInvite(undefined);
      return revoked ? '邀请码已作废' : '没有待使用的邀请码';
    });
  const unbind = async () => {
    const { confirm } = await Taro.showModal({
      title: '解除微信绑定',
      content: `解除后${member.name}需要新的邀请码才能重新绑定，确定解除吗？`,
      confirmText: '解除',
      confirmColor: '#C8161D',
    });
    if (!confirm) return;
    await run(async () => {
      await memberApi.unbind(member._id);
      onChanged();
      return '已解除绑定';
    });
  };
  const move = (orgId: string, orgName: string) =>
    run(async () => {
      await memberApi.move(member._id, orgId);
      onChanged();
      return `已调至${orgName}`;
    });

  return (
    <View>
      {invite && <InviteCard code={invite.code} expiresAt={invite.expiresAt} />}
      <View className="panel">
        <View className="panel__actions">
          <Button
            type="primary"
            disabled={sending}
            onClick={() => Taro.navigateTo({ url: `/packages/member/edit/index?id=${member._id}` })}
          >
            编辑
          </Button>
          {member.canAdjustPoints && (
            <Button
              type="default"
              disabled={sending}
              onClick={() =>
                Taro.navigateTo({ url: `/packages/points/adjust/index?memberId=${member._id}` })
              }
            >
              调整积分
            </Button>
          )}
          {member.bound ? (
            <Button type="primary" fill="outline" disabled={sending} onClick={unbind}>
              解除微信绑定
            </Button>
          ) : (
            <>
              <Button
                type="primary"
                fill="outline"
                disabled={sending}
                data-testid="issue-invite"
                onClick={issue}
              >
                生成邀请码
              </Button>
              <Button type="default" disabled={sending} onClick={revoke}>
                作废邀请码
              </Button>
            </>
          )}
        </View>
        <Text className="panel__note">调动支部</Text>
        <BranchPicker
          value={member.orgId}
          placeholder="选择要调入的支部"
          onChange={(branch) => branch._id !== member.orgId && move(branch._id, branch.name)}
        />
        {error && (
          <View className="panel__error" role="alert">
            {error}
          </View>
        )}
      </View>
    </View>
  );
}
