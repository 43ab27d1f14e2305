import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionName, FunctionName, RequestOf, ResponseOf } from '../../../typings';
import { call } from './cloud';
import { CloudError, networkError } from './cloud-error';
import { useShownAgain } from './use-shown-again';

export interface CloudState<T> {
  data: T | undefined;
  error: CloudError | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * Calls an action when the component mounts or `data` changes, and again each time its page
 * shows after being hidden, so returning to a tab shows fresh data. Replies to superseded calls
 * are dropped.
 */
export function useCloud<F extends FunctionName, A extends ActionName<F>>(
  fn: F,
  action: A,
  data: RequestOf<F, A>,
): CloudState<ResponseOf<F, A>> {
  const [state, setState] = useState<Omit<CloudState<ResponseOf<F, A>>, 'reload'>>({
    data: undefined,
    error: undefined,
    loading: true,
  });
  const latest = useRef(0);
  // Callers pass object literals: compare requests by value, not identity.
  const key = JSON.stringify(data);

  const load = useCallback(() => {
    const id = ++latest.current;
    setState((prev) => ({ ...prev, error: undefined, loading: true }));
    call(fn, action, JSON.parse(key) as RequestOf<F, A>).then(
      (result) => {
        if (id !== latest.current) return;
        setState({ data: result, error: undefined, loading: false });
      },
      (err: unknown) => {
        if (id !== latest.current) return;
        const error = err instanceof CloudError ? err : networkError();
        setState((prev) => ({ ...prev, error, loading: false }));
      },
    );
  }, [fn, action, key]);

  useEffect(() => {
    load();
    const calls = latest;
    // A reply that lands after unmount or a change of request is dropped.
    return () => {
      calls.current++;
    };
  }, [load]);

  useShownAgain(load);

  return { ...state, reload: load };
}
