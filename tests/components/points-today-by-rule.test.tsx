import { render, screen, within } from '@testing-library/react';
import type { RuleProgress } from '../../typings';
import { TodayByRule } from '../../miniprogram/src/features/points/components/TodayByRule';

const rule = (
  extra: Partial<RuleProgress> & Pick<RuleProgress, 'code' | 'name'>,
): RuleProgress => ({
  points: 1,
  dailyCap: null,
  today: 0,
  month: 0,
  year: 0,
  capReached: false,
  ...extra,
});

describe('TodayByRule', () => {
  it('shows today against the daily cap and marks a full cap 已达上限', () => {
    render(
      <TodayByRule
        rules={[
          rule({ code: 'read_article', name: '阅读文章', dailyCap: 6, today: 3 }),
          rule({
            code: 'share_opened',
            name: '分享被阅读',
            dailyCap: 3,
            today: 3,
            capReached: true,
          }),
          rule({ code: 'pass_exam', name: '考试合格', points: 5, today: 5 }),
        ]}
      />,
    );
    const reading = within(screen.getByTestId('today-read_article'));
    expect(reading.getByText('阅读文章')).toBeTruthy();
    expect(reading.getByText('3/6')).toBeTruthy();
    expect(reading.queryByText('已达上限')).toBeNull();

    const sharing = within(screen.getByTestId('today-share_opened'));
    expect(sharing.getByText('3/3')).toBeTruthy();
    expect(sharing.getByText('已达上限')).toBeTruthy();

    // A rule without a cap shows the points alone, never a fraction.
    expect(within(screen.getByTestId('today-pass_exam')).getByText('5 分')).toBeTruthy();
    expect(screen.getAllByText('已达上限')).toHaveLength(1);
  });
});
