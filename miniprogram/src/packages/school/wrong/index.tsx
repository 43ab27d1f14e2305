import { View } from '@tarojs/components';
import type { WrongItem } from '../../../../../typings/functions/school';
import { PagedListView } from '../../../components/PagedListView';
import { schoolApi } from '../../../features/school/api';
import { WrongCard } from '../../../features/school/components/WrongCard';
import { usePagedList } from '../../../lib/use-paged-list';
import '../../../features/school/components/school.scss';

/** 错题本: the questions answered wrongly in exams and the daily quiz, to practise until right twice. */
export default function WrongBookPage() {
  const list = usePagedList<WrongItem>('wrong', schoolApi.wrongBook);
  return (
    <View className="page">
      <PagedListView list={list} empty="错题本是空的：答错的题目会收在这里" testId="school-wrong">
        {(item) => (
          <WrongCard key={item.question._id} index={list.items.indexOf(item)} item={item} />
        )}
      </PagedListView>
    </View>
  );
}
