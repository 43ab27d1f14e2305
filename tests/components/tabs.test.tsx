import { fireEvent, render, screen } from '@testing-library/react';
import { Tabs } from '../../miniprogram/src/components/Tabs';

const READ_TABS = [
  { value: false, label: '未读' },
  { value: true, label: '已读' },
];

describe('Tabs', () => {
  it('marks the current tab and reports the one tapped', () => {
    const onChange = jest.fn();
    render(
      <Tabs className="recipients__tabs" options={READ_TABS} value={false} onChange={onChange} />,
    );
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual(['true', 'false']);
    expect(tabs[0].className).toContain('tabs__tab--active');
    fireEvent.click(screen.getByText('已读'));
    expect(onChange).toHaveBeenCalledWith(true);
    expect(screen.getByRole('tablist').className).toContain('recipients__tabs');
  });
});
