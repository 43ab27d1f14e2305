import { render, screen } from '@testing-library/react';
import type { InboxItem } from '../../typings';
import { InboxRow } from '../../miniprogram/src/features/notice/components/InboxRow';

const item: InboxItem = {
  _id: 'n1',
  title: '关于召开支部党员大会的通知',
  orgName: '综合办公室党支部',
  deadline: '2026-12-05',
  createdAt: '2026-11-20T01:00:00.000Z',
  read: false,
};

describe('InboxRow', () => {
  it('marks an unread notice with a dot and shows its deadline', () => {
    render(<InboxRow item={item} />);
    expect(screen.getByLabelText('未读')).toBeTruthy();
    expect(screen.getByText('未读')).toBeTruthy();
    expect(screen.getByText('截止 2026年12月5日')).toBeTruthy();
    expect(screen.getByText('综合办公室党支部 · 2026年11月20日 09:00')).toBeTruthy();
  });

  it('shows a read notice without the dot', () => {
    render(<InboxRow item={{ ...item, read: true, deadline: null }} />);
    expect(screen.queryByLabelText('未读')).toBeNull();
    expect(screen.getByText('已读')).toBeTruthy();
    expect(screen.queryByText(/截止/)).toBeNull();
  });
});
