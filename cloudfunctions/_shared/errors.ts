import type { ApiError, ErrorCode } from '../../typings/errors';

/** An error the caller is meant to see: its message is Chinese and goes out as is. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }

  toApiError(): ApiError {
    return this.field
      ? { code: this.code, message: this.message, field: this.field }
      : { code: this.code, message: this.message };
  }
}

export const unauthenticated = (message = '请先绑定党员身份') =>
  new AppError('UNAUTHENTICATED', message);
export const forbidden = (message = '没有权限进行此操作') => new AppError('FORBIDDEN', message);
export const notFound = (message = '找不到要访问的内容') => new AppError('NOT_FOUND', message);
export const invalidArgument = (message: string, field?: string) =>
  new AppError('INVALID_ARGUMENT', message, field);
