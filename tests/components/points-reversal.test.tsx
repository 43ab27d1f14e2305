import { fireEvent, render, screen } from '@testing-library/react';
import { ledgerItem } from '../support/ledger-item';
import { LedgerRow } from '../../miniprogram/src/features/points/components/LedgerRow';
import { asOfText } from '../../miniprogram/src/features/points/labels';
import { isReversible, reversedIds } from '../../miniprogram/src/features/points/reversal';

describe('更正 (a reversal) on a member’s ledger', () => {
  const reversal = ledgerItem({
    _id: 'reversal:pass_exam:m1:e1',
    rule: 'reversal',
    points: -5,
    reverses: 'pass_exam:m1:e1',
  });
  const reversed = reversedIds([reversal, ledgerItem({ _id: 'pass_exam:m1:e1', points: 5 })]);

  it.each([
    ['an entry that counted points', true, ledgerItem({})],
    ['a deduction', true, ledgerItem({ rule: 'manual_deduct', points: -3 })],
    ['an entry the daily cap cut to 0', false, ledgerItem({ points: 0, capped: true })],
    ['a reversal itself', false, reversal],
    ['an entry already reversed', false, ledgerItem({ _id: 'pass_exam:m1:e1', points: 5 })],
  ])('for %s: %s', (_what, expected, item) => {
    expect(isReversible(item, reversed)).toBe(expected);
  });

  it('shows the action only when given one, and calls it on tap', () => {
    const onReverse = jest.fn();
    const { rerender } = render(<LedgerRow entry={ledgerItem({})} reversed={false} />);
    expect(screen.queryByText('更正')).toBeNull();
    rerender(<LedgerRow entry={ledgerItem({})} reversed={false} onReverse={onReverse} />);
    fireEvent.click(screen.getByText('更正'));
    expect(onReverse).toHaveBeenCalledTimes(1);
  });
});

describe('the time of a stored ranking', () => {
  it('is shown in China time, with the date when it is not today', () => {
    const now = new Date('2026-03-02T04:00:00.000Z');
    expect(asOfText('2026-03-02T03:55:00.000Z', now)).toBe('数据更新于 11:55');
    expect(asOfText('2026-03-01T15:55:00.000Z', now)).toBe('数据更新于 3月1日 23:55');
  });
});
