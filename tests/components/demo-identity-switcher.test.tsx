import { fireEvent, render, screen } from '@testing-library/react';
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
});
