import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import type { AdminQuestion } from '../../../../../typings/functions/school';
import type { QuestionType } from '../../../../../typings/documents';
import { Chips } from '../../../components/Chips';
import { PagedListView } from '../../../components/PagedListView';
import { BoundMemberPage } from '../../../features/member/components/BoundMemberPage';
import { authoringApi } from '../../../features/school/authoring-api';
import { AdminOnly } from '../../../features/school/components/AdminOnly';
import { QuestionForm } from '../../../features/school/components/QuestionForm';
import { TYPE_LABEL } from '../../../features/school/format';
import { useAction } from '../../../lib/use-action';
import { usePagedList } from '../../../lib/use-paged-list';
import '../../../features/school/components/school.scss';
import '../../../features/school/components/authoring.scss';

const TYPES = [
  { value: '', label: '全部' },
  ...(['single', 'multiple', 'judge'] as const).map((t) => ({ value: t, label: TYPE_LABEL[t] })),
];

/** The question bank for its admins: by type or tag, each question written, edited or deleted. */
function Bank() {
  const [type, setType] = useState('');
  const [tag, setTag] = useState('');
  const [editing, setEditing] = useState<AdminQuestion | 'new'>();
  const filter = { ...(type ? { type: type as QuestionType } : {}), ...(tag ? { tag } : {}) };
  const list = usePagedList(`school-bank-${type}-${tag}`, (cursor) =>
    authoringApi.questions(filter, cursor),
  );
  const action = useAction();
  const remove = (q: AdminQuestion) =>
    action.run(async () => {
      const { confirm } = await Taro.showModal({ title: '删除题目', content: q.stem });
      if (!confirm) return;
      await authoringApi.deleteQuestion(q._id);
      list.reload();
    });

  if (editing)
    return (
      <QuestionForm
        question={editing === 'new' ? undefined : editing}
        onSaved={() => {
          setEditing(undefined);
          list.reload();
        }}
        onCancel={() => setEditing(undefined)}
      />
    );
  return (
    <View>
      <View className="school-entries">
        <View
          className="school-entries__item"
          onClick={() => setEditing('new')}
          data-testid="bank-new"
        >
          新建题目
        </View>
        <View
          className="school-entries__item"
          onClick={() => void Taro.navigateTo({ url: '/packages/school/questions/index' })}
        >
          Excel 导入
        </View>
      </View>
      <View className="field-card">
        <Chips options={TYPES} value={type} onChange={setType} />
        <Input
          className="field__input"
          placeholder="按标签筛选，如 党章"
          value={tag}
          onConfirm={(e) => setTag(e.detail.value.trim())}
          onBlur={(e) => setTag(e.detail.value.trim())}
        />
      </View>
      <PagedListView list={list} empty="没有符合条件的题目" testId="bank-list">
        {(q) => (
          <View key={q._id} className="school-card">
            <Text className="school-card__title">{q.stem}</Text>
            <Text className="school-card__meta">
              {TYPE_LABEL[q.type]} · 答案 {q.answer.join('')} · {q.tags.join('、')}
              {q.examOnly ? ' · 仅用于考试' : ''}
            </Text>
            <View className="authoring-row__actions">
              <Text className="authoring-link" onClick={() => setEditing(q)}>
                编辑
              </Text>
              <Text className="authoring-link" onClick={() => remove(q)}>
                删除
              </Text>
            </View>
          </View>
        )}
      </PagedListView>
    </View>
  );
}

export default function QuestionBankPage() {
  return (
    <BoundMemberPage>{(me) => <AdminOnly me={me}>{() => <Bank />}</AdminOnly>}</BoundMemberPage>
  );
}
