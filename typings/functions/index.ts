import type { MemberActions } from './member';
import type { NewsActions } from './news';
import type { NoticeActions } from './notice';
import type { PointsActions } from './points';

/** Every deployed function and its actions: the client and the server share this map. */
export interface Api {
  member: MemberActions;
  news: NewsActions;
  notice: NoticeActions;
  points: PointsActions;
}

export type FunctionName = keyof Api;
export type ActionName<F extends FunctionName> = keyof Api[F] & string;
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
