import { useEffect } from 'react';
import { Switch, Text, Textarea, View } from '@tarojs/components';
import {
  MAILBOX_LIMITS,
  type LetterCategory,
  type LetterTarget,
} from '../../../../../typings/policy/mailbox';
import { Chips } from '../../../components/Chips';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { mailboxApi } from '../api';
import { useDraft } from '../draft';
import { askForReplyMessage, prefetchReplyTemplate } from '../reply-message';
import { useSuggestedCategory } from '../suggestion';
import { useLetterSend } from '../use-letter-send';
import { CategoryChoice } from './CategoryChoice';
import { PhotoGrid } from './PhotoGrid';
import { PrivacyNote } from './PrivacyNote';
import '../../../components/field.scss';
import './mailbox.scss';

const FIELDS = ['to', 'text', 'category', 'photos', 'anonymous'] as const;

const TARGETS: { value: LetterTarget; label: string }[] = [
  { value: 'branch', label: '本支部书记' },
  { value: 'committee', label: '上级党委书记' },
];

interface Draft {
  to: LetterTarget;
  text: string;
  category: LetterCategory | null;
  anonymous: boolean;
}

const EMPTY: Draft = { to: 'branch', text: '', category: null, anonymous: false };

/**
 * Writes a letter to the branch's 书记 or the 党委 above: the words kept as a draft on the
 * device until sent; an anonymous one answers with its ticket (`onTicket`), a named one opens.
 */
export function LetterForm({ onTicket }: { onTicket: (ticket: string) => void }) {
  const { draft, update, clear } = useDraft<Draft>('mailbox-draft-letter', EMPTY);
  const { photos, setPhotos, errors, setErrors, sending, uploading, setUploading, submit } =
    useLetterSend('letter', FIELDS, onTicket);
  const suggested = useSuggestedCategory(draft.text);

  useEffect(prefetchReplyTemplate, []);

  const send = async () => {
    if (draft.text.trim().length < 5) {
      setErrors({ text: '请至少写 5 个字' });
      return;
    }
    if (!draft.anonymous) void askForReplyMessage();
    await submit(
      (requestId, photoIds) =>
        mailboxApi.send({
          requestId,
          to: draft.to,
          text: draft.text,
          anonymous: draft.anonymous,
          ...(draft.category ? { category: draft.category } : {}),
          photos: photoIds,
        }),
      clear,
      '信已送出',
    );
  };

  return (
    <View className="mailbox-form">
      <View className="field-card">
        <Field label="写给" name="to" error={errors.to}>
          <Chips
            options={TARGETS}
            value={draft.to}
            onChange={(to) => update({ to: to as LetterTarget })}
            testIdPrefix="to-"
          />
        </Field>
        <Field label="内容" name="text" error={errors.text}>
          <Textarea
            className="field__textarea"
            data-testid="letter-text"
            value={draft.text}
            maxlength={MAILBOX_LIMITS.text}
            autoHeight
            placeholder="想反映的问题、建议或困难，请尽量写清楚时间、地点和经过"
            onInput={(e) => update({ text: e.detail.value })}
          />
          <Text className="mailbox-form__count">
            {draft.text.length}/{MAILBOX_LIMITS.text}
          </Text>
        </Field>
        <Field label="类别（按内容推荐，可改选）" name="category" error={errors.category}>
          <CategoryChoice
            picked={draft.category ?? undefined}
            suggested={suggested}
            onPick={(category) => update({ category: category ?? null })}
          />
        </Field>
        <Field
          label={`照片（可不填，最多 ${MAILBOX_LIMITS.photos} 张）`}
          name="photos"
          error={errors.photos}
        >
          <PhotoGrid
            photos={photos}
            max={MAILBOX_LIMITS.photos}
            onChange={setPhotos}
            onBusy={setUploading}
            onError={(message) => setErrors({ photos: message })}
          />
        </Field>
        <Field label="匿名" name="anonymous" error={errors.anonymous}>
          <View className="mailbox-form__switch">
            <Text>{draft.anonymous ? '匿名发送，收信人看不到你是谁' : '实名发送'}</Text>
            <Switch
              data-testid="letter-anonymous"
              checked={draft.anonymous}
              color="#c8161d"
              onChange={(e) => update({ anonymous: e.detail.value })}
            />
          </View>
        </Field>
      </View>
      <PrivacyNote anonymous={draft.anonymous} />
      <FormSubmit
        error={errors.form}
        sending={sending}
        waiting={uploading}
        testId="letter-send"
        onSubmit={send}
      >
        {draft.anonymous ? '匿名发送' : '发送'}
      </FormSubmit>
    </View>
  );
}
