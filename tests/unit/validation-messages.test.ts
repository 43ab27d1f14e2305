import * as z from 'zod';
import { describeIssue } from '../../cloudfunctions/_shared/validation';

const issueOf = (schema: z.ZodType, value: unknown) => {
  const parsed = schema.safeParse(value);
  if (parsed.success) throw new Error('accepted');
  return parsed.error.issues[0];
};

describe('zod issues read as plain Chinese', () => {
  it.each([
    ['a name too long', z.string().max(20), '一'.repeat(21), '不能超过 20 个字'],
    ['a reason too short', z.string().min(2), '好', '至少 2 个字'],
    ['an empty name', z.string().min(1), '', '不能为空'],
    ['a number too big', z.int().max(20), 21, '不能大于 20'],
    ['a number too small', z.int().min(-20), -21, '不能小于 -20'],
    ['too many files', z.array(z.string()).max(9), Array(10).fill('a'), '最多 9 项'],
    ['a choice in words', z.enum(['男', '女']), '未知', '应为 男 或 女'],
    ['a choice among codes', z.enum(['month', 'year']), 'week', '不是可选的值'],
  ])('%s', (_what, schema, value, expected) => {
    expect(describeIssue(issueOf(schema, value))).toBe(expected);
  });
});
