import type * as z from 'zod';

/** A zod issue in words a member understands; the field is named by the caller. */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  switch (issue?.code) {
    case 'invalid_type':
      // zod does not keep the input on the issue; its English message says what arrived.
      return issue.message.endsWith('received undefined') ? '不能为空' : '类型不正确';
    case 'unrecognized_keys':
      return '不是可以提交的字段';
    case 'too_small':
      return issue.origin === 'string' && issue.minimum === 1 ? '不能为空' : '太短或太小';
    case 'too_big':
      return '太长或太大';
    case 'invalid_format':
      return '格式不正确';
    case 'invalid_value':
      return `应为 ${issue.values.map(String).join(' 或 ')}`;
    case 'custom':
      // Our own refinements carry their Chinese message.
      return issue.message;
    default:
      return '取值不正确';
  }
}
