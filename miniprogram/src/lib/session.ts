import { useEffect, useSyncExternalStore } from 'react';
import type { MeResponse } from '../../../typings';
import { administeredOrgId, isBranchManagerRole } from '../../../typings/policy/roles';
import { call } from './cloud';
import { CloudError, networkError } from './cloud-error';
import { setDemoIdentity, type DemoOpenid } from './demo-identity';
import { useShownAgain } from './use-shown-again';

export type BoundMe = Extract<MeResponse, { bound: true }>;

export interface SessionState {
  /** The caller's member record, roles and organisation (`member.me`); undefined until known. */
  data: MeResponse | undefined;
  error: CloudError | undefined;
  loading: boolean;
}

const EMPTY: SessionState = { data: undefined, error: undefined, loading: false };

let state = EMPTY;
// Every fetch, reply and reset takes a new generation; a reply from an older one is dropped.
let generation = 0;
const listeners = new Set<() => void>();

function publish(next: SessionState) {
  state = next;
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Asks the member function again; what an older request answers afterwards is ignored. */
export function refreshSession(): void {
  const id = ++generation;
  publish({ ...state, error: undefined, loading: true });
  call('member', 'me', {}).then(
    (data) => {
      if (id === generation) publish({ data, error: undefined, loading: false });
    },
    (err: unknown) => {
      if (id !== generation) return;
      const error = err instanceof CloudError ? err : networkError();
      publish({ ...state, error, loading: false });
    },
  );
}

/** After a change to `memberId`'s record or binding: asks again if that member is the caller. */
export function refreshSessionFor(memberId: string): void {
  if (state.data?.bound && state.data.member._id === memberId) refreshSession();
}

/** Takes the caller's record from a reply that carries it (bind, updateProfile). */
export function setSession(data: MeResponse): void {
  generation++;
  publish({ data, error: undefined, loading: false });
}

/** Forgets the caller: nothing of theirs is shown until the next identity's record arrives. */
export function clearSession(): void {
  generation++;
  publish(EMPTY);
}

/** H5 only: acts as another demo user from now on, with none of the previous one's data. */
export function switchDemoIdentity(openid: DemoOpenid): void {
  setDemoIdentity(openid);
  clearSession();
  refreshSession();
}

/**
 * The caller's session, shared by every page and feature: fetched once for all of them, asked
 * again when a page shows after being hidden (one request however many use it), and kept
 * current by the actions that change a binding.
 */
export function useSession(): SessionState & { reload: () => void } {
  const current = useSyncExternalStore(subscribe, () => state);
  useEffect(() => {
    if (!state.data && !state.loading) refreshSession();
  }, []);
  useShownAgain(() => {
    if (!state.loading) refreshSession();
  });
  const waiting = !current.data && !current.error;
  return { ...current, loading: current.loading || waiting, reload: refreshSession };
}

/** The organisation an org_admin administers, if any. Only decides what to show: the server rules. */
export const adminOrgId = (me: BoundMe) => administeredOrgId(me.roles);

/** The branch a 书记/副书记 leads, if any. */
export const managedBranchId = (me: BoundMe) => me.roles.find(isBranchManagerRole)?.orgId;
