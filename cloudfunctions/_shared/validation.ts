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
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? '不能为空' : `至少 ${issue.minimum} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `至少 ${issue.minimum} 项`;
      return `不能小于 ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `不能超过 ${issue.maximum} 个字`;
      if (issue.origin === 'array' || issue.origin === 'set') return `最多 ${issue.maximum} 项`;
      return `不能大于 ${issue.maximum}`;
    case 'invalid_format':
      return '格式不正确';
    case 'invalid_value':
      // Values in words (男、女) can be listed; codes the app chooses for the member cannot.
      return issue.values.every((v) => typeof v === 'string' && /^[\u4e00-\u9fff]+$/.test(v))
        ? `应为 ${issue.values.join(' 或 ')}`
        : '不是可选的值';
    case 'custom':
      // Our own refinements carry their Chinese message.
      return issue.message;
    default:
      return '取值不正确';
  }
}
