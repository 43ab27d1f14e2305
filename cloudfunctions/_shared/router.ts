import * as z from 'zod';
import type { Reply } from '../../typings/envelope';
import { AppError } from './errors';
import { resolveCaller, type Caller } from './caller';
import { describeIssue } from './validation';

export interface ActionDef<S extends z.ZodType, R, P = undefined> {
  schema: S;
  /**
   * Also runs for a caller WeChat does not identify (moments single-page mode opens shared
   * pages without a login): such a caller has an empty openid and no member.
   */
  anonymous?: boolean;
  /**
   * A read that needs only the validated input, run while the caller is being resolved: one
   * database round trip less on the way. Its result reaches the handler, which still decides
   * what the caller may see; its error counts only once the caller is known.
   */
  preload?(data: z.infer<S>): Promise<P>;
  handler(data: z.infer<S>, caller: Caller, preloaded: P): Promise<R>;
}

/** Keeps each action's data type tied to its schema while the map is built. */
export const action = <S extends z.ZodType, R, P = undefined>(def: ActionDef<S, R, P>) => def;

const eventSchema = z.object({ action: z.string().min(1), data: z.unknown().optional() });

/**
 * The one entry point of a function: validate `{action, data}` at the edge, resolve the
 * caller from OPENID, run the action, and answer the contract's envelope. Nothing but an
 * AppError's Chinese message ever leaves: other errors are logged and become INTERNAL.
 */
export function defineFunction(actions: Record<string, ActionDef<z.ZodType, unknown, unknown>>) {
  return async function main(event: unknown): Promise<Reply<unknown>> {
    try {
      const envelope = eventSchema.safeParse(event);
      if (!envelope.success)
        throw new AppError('INVALID_ARGUMENT', '请求格式不正确：缺少 action', 'action');
      const def = Object.hasOwn(actions, envelope.data.action)
        ? actions[envelope.data.action]
        : undefined;
      if (!def)
        throw new AppError('INVALID_ARGUMENT', `不支持的操作：${envelope.data.action}`, 'action');
      const parsed = def.schema.safeParse(envelope.data.data ?? {});
      if (!parsed.success) throw invalidInput(parsed.error);
      const preloading = def.preload?.(parsed.data);
      // An unknown caller is answered as such, whatever became of the preload.
      preloading?.catch(() => undefined);
      const caller = await resolveCaller(def.anonymous ?? false);
      return { ok: true, data: await def.handler(parsed.data, caller, await preloading) };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toApiError() };
      console.error('[internal]', err);
      return { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } };
    }
  };
}

function invalidInput(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const path = issue?.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue?.path;
  const field = path?.join('.') || undefined;
  const where = field ? `字段 ${field} ` : '请求内容';
  return new AppError('INVALID_ARGUMENT', `${where}不符合要求：${describeIssue(issue)}`, field);
}
