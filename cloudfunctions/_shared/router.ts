import * as z from 'zod';
import type { Reply } from '../../typings/envelope';
import { AppError } from './errors';
import { resolveCaller, type Caller } from './caller';
import { describeIssue } from './validation';

export interface ActionDef<S extends z.ZodType, R> {
  schema: S;
  /**
   * Also runs for a caller WeChat does not identify (moments single-page mode opens shared
   * pages without a login): such a caller has an empty openid and no member.
   */
  anonymous?: boolean;
  handler: (data: z.infer<S>, caller: Caller) => Promise<R>;
}

/** Keeps each action's data type tied to its schema while the map is built. */
export const action = <S extends z.ZodType, R>(def: ActionDef<S, R>) => def;

const eventSchema = z.object({ action: z.string().min(1), data: z.unknown().optional() });

/**
 * The one entry point of a function: validate `{action, data}` at the edge, resolve the
 * caller from OPENID, run the action, and answer the contract's envelope. Nothing but an
 * AppError's Chinese message ever leaves: other errors are logged and become INTERNAL.
 */
export function defineFunction(actions: Record<string, ActionDef<z.ZodType, unknown>>) {
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
      const caller = await resolveCaller(def.anonymous ?? false);
      return { ok: true, data: await def.handler(parsed.data, caller) };
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
