import { fireEvent, render, screen } from '@testing-library/react';
import { ErrorState } from '../../miniprogram/src/components/ErrorState';
import { CloudError } from '../../miniprogram/src/lib/cloud-error';

describe('ErrorState', () => {
  it('shows the error message and calls onRetry when 重试 is tapped', () => {
    const onRetry = jest.fn();
    const error = new CloudError({ code: 'FORBIDDEN', message: '你没有权限查看该支部' });
    render(<ErrorState error={error} onRetry={onRetry} />);
    expect(screen.getByText('你没有权限查看该支部')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
