import { render, screen, within } from '@testing-library/react';
import { ImportReport } from '../../miniprogram/src/features/member/components/ImportReport';

describe('ImportReport', () => {
  it('shows how many were imported and a row-by-row table of the refused rows', () => {
    render(
      <ImportReport
        report={{
          accepted: 12,
          rejected: [
            { row: 3, reason: '身份证号码校验位不正确' },
            { row: 9, reason: '所在支部“不存在的支部”不存在或不在你的管理范围内' },
          ],
        }}
      />,
    );
    expect(screen.getByText('成功导入 12 人')).toBeTruthy();
    expect(screen.getByText('2 行未导入，请修改后重新上传这些行：')).toBeTruthy();
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]).getByText('行号')).toBeTruthy();
    expect(within(rows[0]).getByText('原因')).toBeTruthy();
    expect(within(rows[1]).getByText('3')).toBeTruthy();
    expect(within(rows[1]).getByText('身份证号码校验位不正确')).toBeTruthy();
    expect(within(rows[2]).getByText('9')).toBeTruthy();
  });

  it('has no table when every row was imported', () => {
    render(<ImportReport report={{ accepted: 5, rejected: [] }} />);
    expect(screen.getByText('成功导入 5 人')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.queryByText(/未导入/)).toBeNull();
  });
});
