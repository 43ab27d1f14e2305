import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { BindingPrompt } from './BindingPrompt';
import { useSession, type BoundMe } from '../../../lib/session';

/**
 * A page for bound members: loading, an error with 重试, or the binding prompt for a WeChat user
 * not yet on the roster; otherwise what `children` draws for the caller.
 */
export function BoundMemberPage({
  flush = false,
  children,
}: {
  /** Edge to edge, for pages whose content draws its own margins (the feed). */
  flush?: boolean;
  children: (me: BoundMe) => ReactNode;
}) {
  const { data, error, reload } = useSession();
  return (
    <View className={flush ? 'page page--flush' : 'page'}>
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : !data ? (
        <Loading />
      ) : data.bound ? (
        children(data)
      ) : (
        <BindingPrompt />
      )}
    </View>
  );
}
