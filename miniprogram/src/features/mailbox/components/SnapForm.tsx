import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import { MAILBOX_LIMITS } from '../../../../../typings/policy/mailbox';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { mailboxApi } from '../api';
import { useDraft } from '../draft';
import type { LetterPhoto } from '../photo-upload';
import { keepTicket } from '../tickets';
import { PhotoGrid } from './PhotoGrid';
import { PrivacyNote } from './PrivacyNote';
import '../../../components/field.scss';
import './mailbox.scss';

type FieldName = 'photos' | 'text' | 'place' | 'anonymous' | 'form';
const FIELDS: FieldName[] = ['photos', 'text', 'place', 'anonymous'];

interface Draft {
  text: string;
  place: string;
  anonymous: boolean;
}

/**
 * 随手拍: photos, a few words and a place, to the branch's 纪检委员 (or its 书记 when the
 * branch has none); anonymous with the same guarantees as a letter.
 */
export function SnapForm({ onTicket }: { onTicket: (ticket: string) => void }) {
  const { draft, update, clear } = useDraft<Draft>('mailbox-draft-snap', {
    text: '',
    place: '',
    anonymous: false,
  });
  const [photos, setPhotos] = useState<LetterPhoto[]>([]);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [requestId] = useState(newRequestId);

  const send = async () => {
    const found: Partial<Record<FieldName, string>> = {};
    if (!photos.length) found.photos = '请至少拍一张照片';
    if (draft.text.trim().length < 2) found.text = '请简单描述看到的情况';
    setErrors(found);
    if (Object.keys(found).length) return;
    setSending(true);
    try {
      const sent = await mailboxApi.snap({
        requestId,
        text: draft.text,
        place: draft.place,
        anonymous: draft.anonymous,
        photos: photos.map((p) => p.fileID),
      });
      clear();
      if (sent.ticket) {
        keepTicket(sent.ticket, 'snap');
        onTicket(sent.ticket);
      } else {
        await Taro.showToast({ title: '已报送', icon: 'success' });
        await Taro.redirectTo({ url: `/packages/mailbox/thread/index?id=${sent.letterId}` });
      }
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      const field = FIELDS.find((f) => error.field?.startsWith(f)) ?? 'form';
      setErrors({ [field]: error.message });
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="mailbox-form">
      <View className="field-card">
        <Field label="照片" name="photos" error={errors.photos}>
          <PhotoGrid
            photos={photos}
            max={MAILBOX_LIMITS.photos}
            onChange={setPhotos}
            onBusy={setUploading}
            onError={(message) => setErrors({ photos: message })}
          />
        </Field>
        <Field label="看到了什么" name="text" error={errors.text}>
          <Textarea
            className="field__textarea mailbox-form__short"
            data-testid="snap-text"
            value={draft.text}
            maxlength={MAILBOX_LIMITS.snapText}
            placeholder="例如：消防通道被杂物堵住"
            onInput={(e) => update({ text: e.detail.value })}
          />
          <Text className="mailbox-form__count">
            {draft.text.length}/{MAILBOX_LIMITS.snapText}
          </Text>
        </Field>
        <Field label="地点（可不填）" name="place" error={errors.place}>
          <Input
            className="field__input"
            data-testid="snap-place"
            value={draft.place}
            maxlength={MAILBOX_LIMITS.place}
            placeholder="例如：办公楼三楼东侧"
            onInput={(e) => update({ place: e.detail.value })}
          />
        </Field>
        <Field label="匿名" name="anonymous" error={errors.anonymous}>
          <View className="mailbox-form__switch">
            <Text>{draft.anonymous ? '匿名报送' : '实名报送'}</Text>
            <Switch
              data-testid="snap-anonymous"
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
        testId="snap-send"
        onSubmit={send}
      >
        报送
      </FormSubmit>
    </View>
  );
}
