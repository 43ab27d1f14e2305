import { AppError } from '../_shared/errors';

/**
 * The key behind sign-in codes, from the function's configuration (ACTIVITY_CODE_KEY, 32 bytes
 * in base64), never in code: with it, anyone could compute an activity's code away from the
 * room (docs/domain.md §2.9).
 */
export function codeKey(): Buffer {
  const key = Buffer.from(process.env.ACTIVITY_CODE_KEY ?? '', 'base64');
  if (key.length !== 32) throw new AppError('INTERNAL', '服务端未配置签到码密钥');
  return key;
}
