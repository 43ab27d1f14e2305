import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { NoteItem } from '../../../../../typings/functions/school';
import { PagedListView } from '../../../components/PagedListView';
import { Tabs } from '../../../components/Tabs';
import { schoolApi } from '../../../features/school/api';
import { usePagedList } from '../../../lib/use-paged-list';
import '../../../features/school/components/school.scss';

type Scope = 'mine' | 'branch';
const TABS = [
  { value: 'mine', label: '我的笔记' },
  { value: 'branch', label: '支部分享' },
] as const;

/** My notes, and the notes members of my branch shared with it. */
export default function NotesPage() {
  const [scope, setScope] = useState<Scope>('mine');
  const list = usePagedList<NoteItem>(
    scope,
    scope === 'mine' ? schoolApi.myNotes : schoolApi.branchNotes,
  );
  return (
    <View className="page page--flush">
      <Tabs options={TABS} value={scope} onChange={setScope} className="school-tabs" />
      <PagedListView
        list={list}
        empty={scope === 'mine' ? '还没有写过笔记' : '支部还没有分享的笔记'}
        testId="school-notes"
      >
        {(n) => (
          <View key={n._id} className="school-card" data-testid="school-note-item">
            <Text className="school-card__meta">
              {n.lessonTitle} · {scope === 'branch' ? `${n.memberName} · ` : ''}
              {n.updatedAt.slice(0, 10)}
              {scope === 'mine' && n.shared ? ' · 已分享' : ''}
            </Text>
            <Text className="school-card__title">{n.text}</Text>
          </View>
        )}
      </PagedListView>
    </View>
  );
}
