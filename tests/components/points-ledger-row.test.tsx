import { render, screen } from '@testing-library/react';
import { ledgerItem } from '../support/ledger-item';
import { LedgerRow } from '../../miniprogram/src/features/points/components/LedgerRow';
import { ruleTerms } from '../../miniprogram/src/features/points/labels';
import { checkAdjust, signedAmount } from '../../miniprogram/src/features/points/adjust-form';

describe('LedgerRow', () => {
  it('shows the rule, signed points and the time in China time', () => {
    render(<LedgerRow entry={ledgerItem({})} reversed={false} />);
    expect(screen.getByText('阅读文章')).toBeTruthy();
    expect(screen.getByText('+1')).toBeTruthy();
    expect(screen.getByText('2026年3月2日 09:30')).toBeTruthy();
    expect(screen.queryByText('已更正')).toBeNull();
  });

  it('shows the reason of a manual entry and marks a reversed one', () => {
    render(
      <LedgerRow
        entry={ledgerItem({
          rule: 'manual_deduct',
          ruleName: '违规扣减',
          points: -3,
          reason: '缺席组织生活',
        })}
        reversed
      />,
    );
    expect(screen.getByText('-3')).toBeTruthy();
    expect(screen.getByText('原因：缺席组织生活')).toBeTruthy();
    expect(screen.getByText('已更正')).toBeTruthy();
  });

  it('says when an entry counted nothing because the daily cap was reached', () => {
    render(<LedgerRow entry={ledgerItem({ points: 0, capped: true })} reversed={false} />);
    expect(screen.getByText('已达每日上限')).toBeTruthy();
  });
});

describe('points labels and the adjustment form', () => {
  it('describes a rule by its points, reading time and caps', () => {
    expect(
      ruleTerms({
        code: 'read_article',
        name: '阅读文章',
        kind: 'event',
        points: 1,
        dailyCap: 6,
        weeklyCap: null,
        minSeconds: 30,
        version: 0,
        from: '1970-01-01T00:00:00.000Z',
        next: null,
      }),
    ).toBe('阅读满 30 秒，+1 分/次，每日最多 6 分');
  });

  it('asks for 1–20 points and a reason, and signs a deduction', () => {
    expect(checkAdjust({ kind: 'award', points: '0', reason: '好' })).toEqual({
      points: '请填写 1 到 20 之间的整数',
      reason: '请写明原因（至少 2 个字）',
    });
    expect(checkAdjust({ kind: 'deduct', points: '3', reason: '缺席组织生活' })).toEqual({});
    expect(signedAmount({ kind: 'deduct', points: '3', reason: '缺席组织生活' })).toBe(-3);
  });
});
