/** A WeChat openapi JSON answer: `errcode` 0 with the result fields, or the error. */
export interface WxReply {
  errcode: number;
  errmsg: string;
  [field: string]: unknown;
}

export const ok = (fields: Record<string, unknown> = {}): WxReply => ({
  errcode: 0,
  errmsg: 'ok',
  ...fields,
});

export const wxError = (errcode: number, errmsg: string): WxReply => ({ errcode, errmsg });

export const nonEmptyString = (value: unknown): value is string =>
  typeof value === 'string' && value !== '';
