import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useReaders } from '../../../features/news/api';
import { ReadersList } from '../../../features/news/components/ReadersList';

/** Who in the secretary's organisation has read an article and who has not. */
export default function ReadersPage() {
  const { params } = useRouter();
  const { data, error, reload } = useReaders(params.id ?? '', params.orgId ?? '');
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  return (
    <View className="page">
      <ReadersList read={data.read} unread={data.unread} />
    </View>
  );
}
