import { Input, Switch, Text, Textarea, View } from '@tarojs/components';
import { MAILBOX_LIMITS } from '../../../../../typings/policy/mailbox';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { mailboxApi } from '../api';
import { useDraft } from '../draft';
import { useLetterSend } from '../use-letter-send';
import { PhotoGrid } from './PhotoGrid';
import { PrivacyNote } from './PrivacyNote';
import '../../../components/field.scss';
import './mailbox.scss';

const FIELDS = ['photos', 'text', 'place', 'anonymous'] as const;
type FieldName = (typeof FIELDS)[number];

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
  const { photos, setPhotos, errors, setErrors, sending, uploading, setUploading, submit } =
    useLetterSend('snap', FIELDS, onTicket);

  const send = async () => {
    const found: Partial<Record<FieldName, string>> = {};
    if (!photos.length) found.photos = '请至少拍一张照片';
    if (draft.text.trim().length < 2) found.text = '请简单描述看到的情况';
    setErrors(found);
    if (Object.keys(found).length) return;
    await submit(
      (requestId, photoIds) =>
        mailboxApi.snap({
          requestId,
          text: draft.text,
          place: draft.place,
          anonymous: draft.anonymous,
          photos: photoIds,
        }),
      clear,
      '已报送',
    );
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
