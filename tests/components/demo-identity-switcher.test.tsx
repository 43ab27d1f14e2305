import { fireEvent, render, screen } from '@testing-library/react';
import { DemoIdentitySwitcher } from '../../miniprogram/src/components/DemoIdentitySwitcher';
import { getDemoIdentity } from '../../miniprogram/src/lib/demo-identity';

describe('DemoIdentitySwitcher', () => {
  afterEach(() => localStorage.clear());

  it('offers every demo identity and starts as the demo member', () => {
    render(<DemoIdentitySwitcher onChange={jest.fn()} />);
    for (const label of ['党员', '支部书记', '党委管理员', '其他支部党员', '未绑定访客']) {
      expect(screen.getByText(label)).toBeTruthy();
    }
    expect(getDemoIdentity()).toBe('demo-member');
  });

  it('remembers the chosen identity and asks the page to reload', () => {
    const onChange = jest.fn();
    render(<DemoIdentitySwitcher onChange={onChange} />);
    fireEvent.click(screen.getByText('未绑定访客'));
    expect(localStorage.getItem('demo-identity')).toBe('demo-visitor');
    expect(getDemoIdentity()).toBe('demo-visitor');
    expect(onChange).toHaveBeenCalledTimes(1);
  });
});
