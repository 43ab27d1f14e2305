import { View } from '@tarojs/components';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { useMe } from '../../features/member/api';
import { BindingPrompt } from '../../features/member/components/BindingPrompt';
import { NewsFeed } from '../../features/news/components/NewsFeed';
import { NewsShortcuts } from '../../features/news/components/NewsShortcuts';

export default function HomePage() {
  const { data, error, reload } = useMe();
  return (
    <View className="page page--flush">
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : !data ? (
        <Loading />
      ) : data.bound ? (
        <>
          <NewsShortcuts roles={data.roles} />
          <NewsFeed />
        </>
      ) : (
        <BindingPrompt />
      )}
    </View>
  );
}
