import { fireEvent, render, screen } from '@testing-library/react';
import { getStorageSync, setStorageSync } from '@tarojs/taro';
import { DemoIdentitySwitcher } from '../../miniprogram/src/components/DemoIdentitySwitcher';
import { getDemoIdentity } from '../../miniprogram/src/lib/demo-identity';

describe('DemoIdentitySwitcher', () => {
  beforeEach(() => {
    global.fetch = jest.fn(() => new Promise<Response>(() => {}));
  });
  afterEach(() => localStorage.clear());

  it('offers every demo identity and starts as the demo member', () => {
    render(<DemoIdentitySwitcher />);
    for (const label of ['党员', '支部书记', '党委管理员', '其他支部党员', '未绑定访客']) {
      expect(screen.getByText(label)).toBeTruthy();
    }
    expect(getDemoIdentity()).toBe('demo-member');
  });

  it('remembers the chosen identity and asks for its session', () => {
    render(<DemoIdentitySwitcher />);
    fireEvent.click(screen.getByText('未绑定访客'));
    expect(localStorage.getItem('demo-identity')).toBe('demo-visitor');
    expect(getDemoIdentity()).toBe('demo-visitor');
    expect(global.fetch).toHaveBeenCalledWith(
      '/fn/member',
      expect.objectContaining({ headers: expect.objectContaining({ 'x-openid': 'demo-visitor' }) }),
    );
  });

  it('leaves nothing the previous identity kept in this browser to the next', () => {
    setStorageSync('mailbox-tickets', [{ ticket: '12345678901234567890', kind: 'letter' }]);
    render(<DemoIdentitySwitcher />);
    fireEvent.click(screen.getByText('党员'));
    expect(getStorageSync('mailbox-tickets')).toHaveLength(1);
    fireEvent.click(screen.getByText('支部书记'));
    expect(getStorageSync('mailbox-tickets')).toBe('');
    expect(getDemoIdentity()).toBe('demo-secretary');
  });
});
