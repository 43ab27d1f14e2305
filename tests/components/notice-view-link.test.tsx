import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { NoticeDetail } from '../../typings';
import { NoticeView } from '../../miniprogram/src/features/notice/components/NoticeView';

const notice: NoticeDetail = {
  _id: 'n1',
  title: '主题党日：学习贯彻党的二十届四中全会精神',
  body: '地点：三楼党员活动室',
  orgName: '综合办公室党支部',
  senderName: '王书记',
  deadline: null,
  createdAt: '2026-11-20T01:00:00.000Z',
  attachments: [],
  link: null,
};

describe('NoticeView: what a notice announces (docs/domain.md §2.11)', () => {
  it('leads from a plan’s notice to the activity', () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' });
    render(<NoticeView notice={{ ...notice, link: { kind: 'activity', id: 'sec-plan/1' } }} />);
    fireEvent.click(screen.getByText('查看活动安排'));
    expect(navigate).toHaveBeenCalledWith({
      url: '/packages/activity/detail/index?id=sec-plan%2F1',
    });
  });

  it('has no button on a notice written on the compose form', () => {
    render(<NoticeView notice={notice} />);
    expect(screen.queryByText('查看活动安排')).toBeNull();
  });
});
