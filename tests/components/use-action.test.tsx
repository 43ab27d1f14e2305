import { act, fireEvent, render, screen } from '@testing-library/react';
import { CloudError } from '../../miniprogram/src/lib/cloud-error';
import { useAction } from '../../miniprogram/src/lib/use-action';

// The jest stand-in for Taro has no showToast: record the toasts instead.
const mockShowToast = jest.fn<Promise<void>, [unknown]>(() => Promise.resolve());
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: { showToast: (options: unknown) => mockShowToast(options) },
}));

function Remind({ work }: { work: () => Promise<void> }) {
  const { sending, run } = useAction();
  return (
    <button type="button" disabled={sending} onClick={() => run(work)}>
      {sending ? '提醒中' : '提醒未读'}
    </button>
  );
}

describe('useAction', () => {
  afterEach(() => mockShowToast.mockClear());

  it('is sending while the work runs, and not after', async () => {
    let finish = () => {};
    render(<Remind work={() => new Promise<void>((resolve) => (finish = resolve))} />);
    fireEvent.click(screen.getByText('提醒未读'));
    expect(screen.getByText('提醒中')).toBeTruthy();
    await act(async () => finish());
    expect(screen.getByText('提醒未读')).toBeTruthy();
    expect(mockShowToast).not.toHaveBeenCalled();
  });

  it('shows the server’s message when the work fails', async () => {
    const error = new CloudError({ code: 'FORBIDDEN', message: '只有书记可以提醒' });
    render(<Remind work={() => Promise.reject(error)} />);
    await act(async () => fireEvent.click(screen.getByText('提醒未读')));
    expect(mockShowToast).toHaveBeenCalledWith({ title: '只有书记可以提醒', icon: 'none' });
    expect(screen.getByText('提醒未读')).toBeTruthy();
  });
});
