import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Switch, Text, Textarea, View } from '@tarojs/components';
import type { NoteItem } from '../../../../../typings/functions/school';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { schoolApi } from '../api';
import './school.scss';

const MAX = 2000;

/** A 学习笔记 on the lesson being studied: kept for oneself, or shared with the branch. */
export function NoteBox({ lessonId }: { lessonId: string }) {
  const [text, setText] = useState('');
  const [shared, setShared] = useState(false);
  const [saved, setSaved] = useState<NoteItem>();
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);
  const [requestId] = useState(newRequestId);

  const save = async () => {
    if (!text.trim()) return setError('请先写下笔记内容');
    setError('');
    setSending(true);
    try {
      const note = await schoolApi.saveNote({
        lessonId,
        requestId,
        text: text.trim(),
        shared,
        ...(saved ? { id: saved._id } : {}),
      });
      setSaved(note);
      void Taro.showToast({ title: shared ? '已保存并分享到支部' : '已保存', icon: 'success' });
    } catch (err) {
      setError((err instanceof CloudError ? err : networkError()).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="school-card" data-testid="school-note">
      <Field label="学习笔记" name="note">
        <Textarea
          value={text}
          maxlength={MAX}
          placeholder="写下学习心得"
          onInput={(e) => setText(e.detail.value)}
        />
      </Field>
      <View className="school-note__share">
        <Text>分享到支部</Text>
        <Switch checked={shared} color="#C8161D" onChange={(e) => setShared(e.detail.value)} />
      </View>
      {saved && (
        <Text className="school-card__meta">
          {saved.shared ? '已保存，支部党员可以看到' : '已保存，仅自己可见'}
        </Text>
      )}
      <FormSubmit
        error={error}
        sending={sending}
        testId="school-note-save"
        onSubmit={() => void save()}
      >
        保存笔记
      </FormSubmit>
    </View>
  );
}
