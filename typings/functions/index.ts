import type * as z from 'zod';
import { activitySchemas, type ActivityActions } from './activity';
import { mailboxSchemas, type MailboxActions } from './mailbox';
import { memberSchemas, type MemberActions } from './member';
import { newsSchemas, type NewsActions } from './news';
import { noticeSchemas, type NoticeActions } from './notice';
import { pointsSchemas, type PointsActions } from './points';
import { schoolSchemas, type SchoolActions } from './school';

/**
 * Every deployed function and its actions, each with its request and response type: the client
 * and the server share this map. Each function's actions are declared once, in its own file:
 * the request schema in `<fn>Schemas`, the response beside it in `<Fn>Actions`.
 */
export interface Api {
  member: MemberActions;
  news: NewsActions;
  notice: NoticeActions;
  points: PointsActions;
  school: SchoolActions;
  mailbox: MailboxActions;
  activity: ActivityActions;
}

/** The request schemas the functions validate with, by function and action. */
export const SCHEMAS = {
  member: memberSchemas,
  news: newsSchemas,
  notice: noticeSchemas,
  points: pointsSchemas,
  school: schoolSchemas,
  mailbox: mailboxSchemas,
  activity: activitySchemas,
} as const;

export type FunctionName = keyof Api;
export type ActionName<F extends FunctionName> = keyof Api[F] & string;
export type SchemaOf<F extends FunctionName, A extends ActionName<F>> = (typeof SCHEMAS)[F][A &
  keyof (typeof SCHEMAS)[F]];
export type RequestOf<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends {
  req: infer R;
}
  ? R
  : never;
export type ResponseOf<F extends FunctionName, A extends ActionName<F>> = Api[F][A] extends {
  res: infer R;
}
  ? R
  : never;

/** A declaration whose actions and schemas differ in one name does not compile. */
type Mismatch<F extends FunctionName> =
  | Exclude<keyof Api[F], keyof (typeof SCHEMAS)[F]>
  | Exclude<keyof (typeof SCHEMAS)[F], keyof Api[F]>;
type RequestDrift<F extends FunctionName> = {
  [A in ActionName<F>]: [RequestOf<F, A>] extends [z.input<SchemaOf<F, A>>]
    ? [z.input<SchemaOf<F, A>>] extends [RequestOf<F, A>]
      ? never
      : A
    : A;
}[ActionName<F>];
export const contractIsWhole: {
  [F in FunctionName]: [Mismatch<F>, RequestDrift<F>] extends [never, never] ? true : never;
} = {
  member: true,
  news: true,
  notice: true,
  points: true,
  school: true,
  mailbox: true,
  activity: true,
};
