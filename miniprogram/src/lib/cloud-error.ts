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
