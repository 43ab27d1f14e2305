import { decodeCursor } from './cursor';
import { invalidArgument } from './errors';

/** A cursor that holds an ISO time (lists ordered by one writer's timestamps). */
export function decodeTimeCursor(cursor: string): Date {
  const at = new Date(decodeCursor(cursor));
  if (Number.isNaN(at.getTime())) throw invalidArgument('分页参数无效，请刷新后重试', 'cursor');
  return at;
}
