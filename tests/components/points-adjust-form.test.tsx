import * as z from 'zod/mini';
import { noticeSchemas, pointsSchemas } from '../../typings';
import { newRequestId } from '../../typings/policy/request-id';
import { requestIdSchema } from '../../typings/policy/schemas';
import {
  checkAdjust,
  checkReason,
  signedAmount,
  type AdjustInput,
} from '../../miniprogram/src/features/points/adjust-form';

const input = (points: string, kind: AdjustInput['kind'] = 'award'): AdjustInput => ({
  kind,
  points,
  reason: '补发学习积分',
});

describe('the adjustment form checks with the contract’s own schemas', () => {
  const server = pointsSchemas.adjust.shape;

  it.each(['award', 'deduct'] as const)('accepts a %s exactly when points.adjust does', (kind) => {
    for (let points = 0; points <= 25; points++) {
      const form = input(String(points), kind);
      const serverAccepts = z.safeParse(server.points, signedAmount(form)).success;
      expect([points, !checkAdjust(form).points]).toEqual([points, serverAccepts]);
    }
  });

  it('names the limit when the points are out of it', () => {
    expect(checkAdjust(input('21')).points).toBe('请填写 1 到 20 之间的整数');
    expect(checkAdjust(input('1.5')).points).toBe('请填写 1 到 20 之间的整数');
    expect(checkAdjust(input('20')).points).toBeUndefined();
  });

  it.each([
    ['one character', 'a', '请写明原因（至少 2 个字）'],
    ['one character in spaces', '  a  ', '请写明原因（至少 2 个字）'],
    ['101 characters', '字'.repeat(101), '原因最多 100 个字'],
    ['100 characters', '字'.repeat(100), undefined],
    ['a few words in spaces', ' 按时参加 ', undefined],
  ])('a reason of %s', (_what, reason, expected) => {
    expect(checkReason(reason)).toBe(expected);
    expect(z.safeParse(server.reason, reason).success).toBe(expected === undefined);
  });

  it('sends request ids that points and notice take with one schema', () => {
    expect(server.requestId).toBe(requestIdSchema);
    expect(noticeSchemas.send.shape.requestId).toBe(requestIdSchema);
    expect(z.safeParse(requestIdSchema, newRequestId()).success).toBe(true);
  });
});
