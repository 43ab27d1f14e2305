import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useNotice } from '../../../features/notice/api';
import { NoticeView } from '../../../features/notice/components/NoticeView';

/** A notice; opening it marks it read. */
export default function NoticeDetailPage() {
  const { params } = useRouter();
  const { data, error, reload } = useNotice(params.id ?? '');
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  return (
    <View className="page page--flush">
      <NoticeView notice={data} />
    </View>
  );
}
