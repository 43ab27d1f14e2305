import type { ApiError, ErrorCode } from '../../../typings';

/** A function's `{ok:false}` reply, or a failed call, as something pages can show. */
export class CloudError extends Error {
  readonly code: ErrorCode;
  readonly field?: string;

  constructor({ code, message, field }: ApiError) {
    super(message);
    this.name = 'CloudError';
    this.code = code;
    this.field = field;
  }
}

export const networkError = () =>
  new CloudError({ code: 'INTERNAL', message: '网络异常，请稍后重试' });

/** What a page that could not load offers: the way out that fits why it failed. */
export type Recovery = 'bind' | 'home' | 'retry';

export interface ErrorView {
  message: string;
  /** A line under the message saying what it means for the user, if it needs one. */
  hint?: string;
  recovery: Recovery;
}

const GONE = '找不到要访问的内容，链接可能有误，或内容已被删除';

/** A page's id that the contract refuses: the link was wrong, so there is nothing to show. */
const isBadId = (error: CloudError) =>
  error.code === 'INVALID_ARGUMENT' && !!error.field && /^(id|\w+Id)$/.test(error.field);

/**
 * Why a page failed, as the user should read it, and what to offer: binding for someone not yet
 * a member, the home page for what is gone or not theirs to see, another try for the rest.
 * `notFound` names the missing thing in the page's own words (找不到这篇文章).
 */
export function errorView(error: CloudError, notFound?: string): ErrorView {
  if (error.code === 'UNAUTHENTICATED')
    return { message: error.message, hint: '绑定党员身份后即可查看', recovery: 'bind' };
  if (error.code === 'NOT_FOUND' || isBadId(error))
    return { message: notFound ?? GONE, recovery: 'home' };
  if (error.code === 'FORBIDDEN')
    return {
      message: error.message,
      hint: '这部分内容只对有关组织或职务开放，如有需要请联系所在支部书记',
      recovery: 'home',
    };
  return { message: error.message, recovery: 'retry' };
}
