import { render, screen } from '@testing-library/react';
import type { MeResponse } from '../../typings';
import { MeCard } from '../../miniprogram/src/features/member/components/MeCard';

const bound: MeResponse = {
  bound: true,
  member: {
    _id: 'm1',
    name: '王建国',
    gender: '男',
    status: '预备',
    orgId: 'b1',
    post: '技术员',
    nickname: null,
    avatar: null,
    joinedDate: '2024-07-01',
    fullMemberDate: null,
    phoneMasked: '138****0001',
  },
  roles: [{ code: 'secretary', title: '支部书记', orgId: 'b1', orgPath: '/root/b1/' }],
  org: { _id: 'b1', name: '第一党支部', type: '党支部' },
};

describe('MeCard', () => {
  it('shows a bound member: initial, name, branch, status and role titles', () => {
    render(<MeCard me={bound} />);
    expect(screen.getByText('王')).toBeTruthy();
    expect(screen.getByText('王建国')).toBeTruthy();
    expect(screen.getByText('第一党支部')).toBeTruthy();
    expect(screen.getByText('预备党员')).toBeTruthy();
    expect(screen.getByText('支部书记')).toBeTruthy();
    expect(screen.getByText('我的党员档案')).toBeTruthy();
    expect(screen.queryByText('你还没有绑定党员身份')).toBeNull();
  });

  it('asks an unbound visitor to get an invite code from the secretary', () => {
    render(<MeCard me={{ bound: false }} />);
    expect(screen.getByText('你还没有绑定党员身份')).toBeTruthy();
    expect(screen.getByText('请联系支部书记获取邀请码')).toBeTruthy();
    expect(screen.queryByText('我的党员档案')).toBeNull();
  });
});
