/**
 * Type tests of the server side, checked by `tsc -p tsconfig.json` in `npm test` (never run): each
 * `@ts-expect-error` fails the type check if the line below it ever compiles.
 */
import { ACCESS } from '../../typings/policy/access';
import { action, defineFunction, type Handlers } from '../../cloudfunctions/_shared/router';

const revokeInvite = action('member', 'revokeInvite', {
  async handler() {
    return { revoked: 1 };
  },
});

// A handler whose result is not the declared response.
action('member', 'revokeInvite', {
  // @ts-expect-error revoked is a number in the contract
  async handler() {
    return { revoked: true };
  },
});

// A handler that leaves out a field of the response.
action('member', 'unbind', {
  // @ts-expect-error unbind answers { unbound }
  async handler() {
    return {};
  },
});

// An action the contract does not declare.
// @ts-expect-error member has no action `promote`
action('member', 'promote', { handler: async () => ({}) });

// A handler's data is the validated request.
action('member', 'revokeInvite', {
  async handler(data) {
    // @ts-expect-error revokeInvite takes a memberId, not an id
    return { revoked: data.id.length };
  },
});

declare const members: Handlers<'member'>;

// A function missing one of its actions.
declare const withoutAuditLog: Omit<Handlers<'member'>, 'auditLog'>;
// @ts-expect-error auditLog is missing
defineFunction('member', withoutAuditLog);

// A function with an action the contract does not declare.
// @ts-expect-error promote is not declared
defineFunction('member', { ...members, promote: revokeInvite });

// An action filed under another action's name.
// @ts-expect-error auditLog's place holds revokeInvite
defineFunction('member', { ...members, auditLog: revokeInvite });

// The whole declared set compiles.
defineFunction('member', { ...members, revokeInvite });

// Every action has a row in the access table.
// @ts-expect-error news has no action `promote`
void ACCESS.news.promote;
