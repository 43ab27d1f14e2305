import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ErrorState } from '../../miniprogram/src/components/ErrorState';
import { CloudError, networkError } from '../../miniprogram/src/lib/cloud-error';

afterEach(() => jest.restoreAllMocks());

describe('ErrorState offers the way on that fits why the page failed', () => {
  it('offers a visitor who is not bound 去绑定, which opens the binding page', () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' });
    const error = new CloudError({
      code: 'UNAUTHENTICATED',
      message: '该文章仅对本单位党员开放，请先绑定党员身份',
    });
    render(<ErrorState error={error} onRetry={jest.fn()} />);
    expect(screen.getByText('该文章仅对本单位党员开放，请先绑定党员身份')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
    fireEvent.click(screen.getByText('去绑定'));
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/member/bind/index' });
  });

  it.each([
    ['nothing under that id', new CloudError({ code: 'NOT_FOUND', message: '找不到该文章' })],
    [
      'a link without an id',
      new CloudError({ code: 'INVALID_ARGUMENT', message: '编号不能为空', field: 'id' }),
    ],
    [
      'a link with a bad activity id',
      new CloudError({ code: 'INVALID_ARGUMENT', message: '活动不能为空', field: 'activityId' }),
    ],
  ])('says the article cannot be found for %s, and goes home', (_what, error) => {
    const home = jest.spyOn(Taro, 'switchTab').mockResolvedValue({ errMsg: 'ok' });
    render(<ErrorState error={error} onRetry={jest.fn()} notFound="找不到这篇文章" />);
    expect(screen.getByText('找不到这篇文章')).toBeTruthy();
    expect(screen.queryByText(/编号|不能为空|重试/)).toBeNull();
    fireEvent.click(screen.getByText('返回首页'));
    expect(home).toHaveBeenCalledWith({ url: '/pages/home/index' });
  });

  it('explains a refusal and offers the home page, not another try', () => {
    const error = new CloudError({ code: 'FORBIDDEN', message: '该文章仅对发布组织的党员开放' });
    render(<ErrorState error={error} onRetry={jest.fn()} />);
    expect(screen.getByText('该文章仅对发布组织的党员开放')).toBeTruthy();
    expect(screen.getByText(/联系所在支部书记/)).toBeTruthy();
    expect(screen.getByText('返回首页')).toBeTruthy();
    expect(screen.queryByText('重试')).toBeNull();
  });

  it('offers 重试 when the network or the service failed, and calls onRetry', () => {
    const onRetry = jest.fn();
    const { rerender } = render(<ErrorState error={networkError()} onRetry={onRetry} />);
    expect(screen.getByText('网络异常，请稍后重试')).toBeTruthy();
    fireEvent.click(screen.getByText('重试'));
    const busy = new CloudError({ code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' });
    rerender(<ErrorState error={busy} onRetry={onRetry} />);
    fireEvent.click(screen.getByText('重试'));
    expect(onRetry).toHaveBeenCalledTimes(2);
  });
});
