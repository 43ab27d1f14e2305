/**
 * Type tests of the app's side, checked by `tsc -p miniprogram/tsconfig.json` in `npm test`
 * (never run): the app's `call` is typed from the same declaration as the functions.
 */
import { call } from '../../miniprogram/src/lib/cloud';

export async function typedBothWays() {
  const { revoked } = await call('member', 'revokeInvite', { memberId: 'm1' });
  // @ts-expect-error the response's revoked is a number
  const asText: string = revoked;
  // @ts-expect-error the request needs memberId
  await call('member', 'revokeInvite', {});
  // @ts-expect-error the function has no such action
  await call('member', 'promote', {});
  return asText;
}
