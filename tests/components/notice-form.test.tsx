import dayjs from 'dayjs';
import { fireEvent, render, screen } from '@testing-library/react';
import { NoticeForm } from '../../miniprogram/src/features/notice/components/NoticeForm';
import { noticeApi } from '../../miniprogram/src/features/notice/api';

jest.mock('../../miniprogram/src/features/notice/api', () => ({
  noticeApi: { send: jest.fn() },
}));

const type = (testId: string, value: string) =>
  fireEvent(
    screen.getByTestId(testId),
    new CustomEvent('input', { detail: { value }, bubbles: true }),
  );

const AUDIENCES = [
  { id: 'org-root', name: '华北能源集团有限公司党委' },
  { id: 'org-zz-hq', name: '机关党总支' },
  { id: 'org-b-office', name: '综合办公室党支部' },
];

describe('composing a notice', () => {
  it('does not preselect the whole enterprise for an admin', () => {
    render(<NoticeForm audiences={AUDIENCES} />);
    expect(document.querySelector('.chips__chip--active')).toBeNull();
    fireEvent.click(screen.getByTestId('notice-send'));
    expect(screen.getByTestId('field-orgId').textContent).toContain('请选择发送范围');
    expect(noticeApi.send).not.toHaveBeenCalled();
  });

  it('chooses a secretary’s one branch for them', () => {
    render(<NoticeForm audiences={AUDIENCES.slice(2)} />);
    expect(document.querySelector('.chips__chip--active')?.textContent).toBe('综合办公室党支部');
  });

  it('takes a message away from a field as soon as it is valid', () => {
    render(<NoticeForm audiences={AUDIENCES} />);
    fireEvent.click(screen.getByTestId('notice-send'));
    expect(screen.getByTestId('field-title').textContent).toContain('请填写通知标题');
    expect(screen.getByTestId('field-body').textContent).toContain('请填写通知内容');
    type('notice-title', '关于召开支部党员大会的通知');
    expect(screen.getByTestId('field-title').textContent).not.toContain('请填写通知标题');
    expect(screen.getByTestId('field-body').textContent).toContain('请填写通知内容');
    fireEvent.click(screen.getByText('综合办公室党支部'));
    expect(screen.getByTestId('field-orgId').textContent).not.toContain('请选择发送范围');
  });

  it('offers deadlines from today to a year ahead, not up to 2999', () => {
    render(<NoticeForm audiences={AUDIENCES} />);
    const picker = screen.getByTestId('notice-deadline') as unknown as Record<string, string>;
    const today = dayjs().format('YYYY-MM-DD');
    expect(picker.start).toBe(today);
    expect(Number(picker.end.slice(0, 4))).toBe(Number(today.slice(0, 4)) + 1);
  });
});
