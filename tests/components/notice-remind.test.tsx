import Taro from '@tarojs/taro';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { NoticeStats, RemindResult } from '../../typings';
import { StatsCard } from '../../miniprogram/src/features/notice/components/StatsCard';
import { noticeApi } from '../../miniprogram/src/features/notice/api';

jest.mock('../../miniprogram/src/features/notice/api', () => ({
  noticeApi: { remind: jest.fn() },
}));

const stats: NoticeStats = {
  _id: 'n1',
  title: '关于缴纳党费的通知',
  orgName: '综合办公室党支部',
  createdAt: '2026-12-01T02:00:00.000Z',
  recipients: 14,
  pushed: 0,
  read: 0,
  unread: 14,
  remindedOn: null,
};

const remind = noticeApi.remind as jest.Mock<Promise<RemindResult>, [string, boolean?]>;

describe('提醒未读 says what will really happen', () => {
  const taro = Taro as unknown as Record<string, unknown>;
  const real = { showModal: taro.showModal, showToast: taro.showToast };
  let modal: jest.Mock;
  let toast: jest.Mock;
  beforeEach(() => {
    remind.mockReset();
    modal = jest.fn();
    toast = jest.fn().mockResolvedValue({ errMsg: 'showToast:ok' });
    Object.assign(taro, { showModal: modal, showToast: toast });
  });
  afterEach(() => Object.assign(taro, real));

  it('says on H5 that WeChat reminders work only in the mini-program', () => {
    render(<StatsCard stats={stats} onReminded={() => undefined} />);
    expect(screen.getByTestId('remind-h5-note').textContent).toContain(
      '微信消息提醒只在微信小程序中有效',
    );
  });

  it('tells who gets a WeChat message and who only sees 消息中心 before reminding, and reminds only on confirmation', async () => {
    remind.mockResolvedValueOnce({ wechat: 1, inboxOnly: 13, alreadyToday: false });
    remind.mockResolvedValueOnce({ wechat: 1, inboxOnly: 13, alreadyToday: false });
    modal.mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' });
    const onReminded = jest.fn();
    render(<StatsCard stats={stats} onReminded={onReminded} />);
    fireEvent.click(screen.getByText('提醒未读'));
    await waitFor(() => expect(onReminded).toHaveBeenCalled());
    expect(remind.mock.calls).toEqual([['n1', true], ['n1']]);
    const { content } = modal.mock.calls[0][0] as { content: string };
    expect(content).toContain('1 人会收到微信消息提醒');
    expect(content).toContain('13 人没有订阅通知消息，微信无法提醒，只能在消息中心看到');
    const { title } = toast.mock.calls[0][0] as { title: string };
    expect(title).toBe('1 人将在一分钟内收到微信提醒，13 人只能在消息中心看到');
  });

  it('sends nothing when nobody can be reached on WeChat and the secretary cancels', async () => {
    remind.mockResolvedValueOnce({ wechat: 0, inboxOnly: 14, alreadyToday: false });
    modal.mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' });
    render(<StatsCard stats={stats} onReminded={() => undefined} />);
    fireEvent.click(screen.getByText('提醒未读'));
    await waitFor(() => expect(modal).toHaveBeenCalled());
    expect((modal.mock.calls[0][0] as { content: string }).content).toContain(
      '现在提醒不会发出任何微信消息',
    );
    expect(remind.mock.calls).toEqual([['n1', true]]);
  });
});
