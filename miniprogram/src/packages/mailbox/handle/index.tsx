import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { useOpenedLetter } from '../../../features/mailbox/api';
import { HandlePanel } from '../../../features/mailbox/components/HandlePanel';
import { LetterThread } from '../../../features/mailbox/components/LetterThread';

/** A letter for its reader: opening it marks it read; reply, status and category below. */
export default function HandleLetterPage() {
  const { params } = useRouter();
  const { data, error, reload } = useOpenedLetter(params.id ?? '');
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (!data) return <Loading />;
  return (
    <View className="page">
      <LetterThread letter={data} />
      <HandlePanel letter={data} onDone={reload} />
    </View>
  );
}
