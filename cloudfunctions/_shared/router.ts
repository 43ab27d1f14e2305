import * as z from 'zod';
import type { Reply } from '../../typings/envelope';
import {
  SCHEMAS,
  type ActionName,
  type FunctionName,
  type ResponseOf,
  type SchemaOf,
} from '../../typings/functions';
import { fieldLabel } from '../../typings/field-labels';
import { accessOf } from '../../typings/policy/access';
import { admit } from './access';
import { resolveCaller, type Caller } from './caller';
import { AppError } from './errors';
import { describeIssue } from './validation';

/** What an action's author writes: its handler, typed from the contract's declaration. */
interface ActionSpec<F extends FunctionName, A extends ActionName<F>, P> {
  /**
   * A read that needs only the validated input, run while the caller is being resolved: one
   * database round trip less on the way. Its result reaches the handler, which still decides
   * what the caller may see; its error counts only once the caller is known.
   */
  preload?(data: z.output<SchemaOf<F, A>>): Promise<P>;
  /**
   * `false` when the handler finds what it acts on by the caller's OPENID alone (the study
   * session a heartbeat continues, docs/domain.md §7.6): the member record is then not read,
   * one operation less on the hottest path, and the action's level is `wechat`.
   */
  member?: false;
  handler(data: z.output<SchemaOf<F, A>>, caller: Caller, preloaded: P): Promise<ResponseOf<F, A>>;
}

/** An action bound to its place in the contract: the router finds its schema and access there. */
export interface ActionDef<
  F extends FunctionName,
  A extends ActionName<F>,
  P = unknown,
> extends ActionSpec<F, A, P> {
  fn: F;
  name: A;
}

/**
 * Declares the handler of `fn.name`. The data it receives is the contract's validated request
 * and what it returns must be the contract's response for that action.
 */
export const action = <F extends FunctionName, A extends ActionName<F>, P = undefined>(
  fn: F,
  name: A,
  spec: ActionSpec<F, A, P>,
): ActionDef<F, A, P> => ({ ...spec, fn, name });

/** Exactly the contract's actions of one function, each under its own name. */
// The preloaded value is private to each action, so the map accepts any.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Handlers<F extends FunctionName> = { [A in ActionName<F>]: ActionDef<F, A, any> };

const eventSchema = z.object({ action: z.string().min(1), data: z.unknown().optional() });

/**
 * The one entry point of a function: validate `{action, data}` at the edge, resolve the
 * caller from OPENID and hold them to the action's access level, run the action, and answer
 * the contract's envelope. Nothing but an AppError's Chinese message ever leaves: other errors
 * are logged and become INTERNAL.
 */
export function defineFunction<F extends FunctionName>(fn: F, actions: Handlers<F>) {
  const schemas = SCHEMAS[fn] as Record<string, z.ZodType>;
  return async function main(event: unknown): Promise<Reply<unknown>> {
    try {
      const envelope = eventSchema.safeParse(event);
      if (!envelope.success)
        throw new AppError('INVALID_ARGUMENT', '请求格式不正确，请更新到最新版本后重试', 'action');
      const name = envelope.data.action;
      if (!Object.hasOwn(actions, name) || !Object.hasOwn(schemas, name))
        throw new AppError('INVALID_ARGUMENT', '不支持的操作，请更新到最新版本后重试', 'action');
      const def = actions[name as ActionName<F>] as ActionDef<F, ActionName<F>>;
      const parsed = schemas[name].safeParse(envelope.data.data ?? {});
      if (!parsed.success) throw invalidInput(fn, parsed.error);
      const data = parsed.data as z.output<SchemaOf<F, ActionName<F>>>;
      const level = accessOf(fn, name as ActionName<F>);
      const preloading = def.preload?.(data);
      // An unknown caller is answered as such, whatever became of the preload.
      preloading?.catch(() => undefined);
      const caller = await resolveCaller(level === 'anyone', def.member !== false);
      admit(level, caller);
      return { ok: true, data: await def.handler(data, caller, await preloading) };
    } catch (err) {
      if (err instanceof AppError) return { ok: false, error: err.toApiError() };
      console.error('[internal]', err);
      return { ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后再试' } };
    }
  };
}

/**
 * Bad input in words a member reads — the field by its label (typings/field-labels.ts), never
 * its name — while `field` still names it for the form that places the message.
 */
function invalidInput(fn: string, error: z.ZodError): AppError {
  const issue = error.issues[0];
  const path = issue?.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue?.path;
  const field = path?.join('.') || undefined;
  // Our own refinements say in a whole sentence what to fix.
  if (issue?.code === 'custom') return new AppError('INVALID_ARGUMENT', issue.message, field);
  // Only an outdated or altered client sends a field the contract does not have.
  if (issue?.code === 'unrecognized_keys')
    return new AppError('INVALID_ARGUMENT', '提交的内容无法识别，请更新到最新版本后重试', field);
  const label = field && fieldLabel(fn, field);
  const message = label
    ? `${label}${describeIssue(issue)}`
    : `提交的内容有误：${describeIssue(issue)}`;
  return new AppError('INVALID_ARGUMENT', message, field);
}
