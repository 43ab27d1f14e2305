import dayjs from 'dayjs';
import { render, screen } from '@testing-library/react';
import { PlanForm } from '../../miniprogram/src/features/activity/components/PlanForm';

jest.mock('../../miniprogram/src/features/activity/api', () => ({
  activityApi: { plan: jest.fn() },
}));

describe('planning an activity', () => {
  it('offers dates from last month to a year ahead, not up to 2999', () => {
    render(<PlanForm />);
    const picker = screen.getByTestId('plan-date') as unknown as Record<string, string>;
    const firstOfLastMonth = dayjs().subtract(1, 'month').format('YYYY-MM-01');
    expect(picker.start).toBe(firstOfLastMonth);
    expect(picker.end).toBe(dayjs().add(1, 'year').format('YYYY-MM-DD'));
  });
});
