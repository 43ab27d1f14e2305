import dayjs from 'dayjs';
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components';
import type { NoticeAttachment } from '../../../../../typings';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { formatDate } from '../../../lib/format';
import { noticeApi } from '../api';
import { pickAndUploadAttachment } from '../attachment-upload';
import { NOTICE_LIMITS } from '../../../../../typings/policy/limits';
import { newRequestId } from '../../../../../typings/policy/request-id';
import '../../../components/field.scss';
import './NoticeForm.scss';
import { Chips } from '../../../components/Chips';

export interface Audience {
  id: string;
  name: string;
}

type FieldName = 'title' | 'body' | 'orgId' | 'attachments' | 'deadline' | 'form';
const FIELDS: FieldName[] = ['title', 'body', 'orgId', 'attachments', 'deadline'];

/** Composes a notice to an organisation and everything below it, then opens its statistics. */
export function NoticeForm({ audiences }: { audiences: Audience[] }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  // One audience (a secretary's branch) is chosen for them; an admin chooses: the whole
  // enterprise is never sent to by default.
  const [orgId, setOrgId] = useState(audiences.length === 1 ? audiences[0].id : '');
  const [deadline, setDeadline] = useState<string | null>(null);
  const [attachments, setAttachments] = useState<NoticeAttachment[]>([]);
  const [copySelf, setCopySelf] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<FieldName, string>>>({});
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);
  // A deadline is a day from today to a year ahead, not any day up to 2999.
  const today = dayjs().format('YYYY-MM-DD');
  const lastDeadline = dayjs().add(1, 'year').format('YYYY-MM-DD');
  // One id for this form: a resend after a lost reply is recognised by the server.
  const [requestId] = useState(newRequestId);

  const attach = async () => {
    setUploading(true);
    try {
      const file = await pickAndUploadAttachment();
      if (file) setAttachments((prev) => [...prev, file]);
    } catch (err) {
      setErrors({ attachments: (err instanceof CloudError ? err : networkError()).message });
    } finally {
      setUploading(false);
    }
  };

  const check = (v = { title, body, orgId }) => {
    const found: Partial<Record<FieldName, string>> = {};
    if (!v.title.trim()) found.title = '请填写通知标题';
    if (!v.body.trim()) found.body = '请填写通知内容';
    if (!v.orgId) found.orgId = '请选择发送范围';
    return found;
  };

  /** A message under a field goes as soon as the field is valid again. */
  const edited = (field: 'title' | 'body' | 'orgId', value: string) => {
    if (check({ title, body, orgId, [field]: value })[field]) return;
    setErrors(({ [field]: _fixed, ...rest }) => rest);
  };

  const send = async () => {
    const found = check();
    setErrors(found);
    if (Object.keys(found).length) return;
    setSending(true);
    try {
      const stats = await noticeApi.send({
        requestId,
        orgId,
        title,
        body,
        attachments,
        deadline,
        ...(copySelf ? { copySelf } : {}),
      });
      await Taro.showToast({ title: '通知已发送', icon: 'success' });
      await Taro.redirectTo({ url: `/packages/notice/stats/index?id=${stats._id}` });
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      const field = FIELDS.find((f) => f === error.field) ?? 'form';
      setErrors({ [field]: error.message });
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="notice-form">
      <View className="field-card">
        <Field label="发送范围" name="orgId" error={errors.orgId}>
          <Chips
            options={audiences.map((audience) => ({ value: audience.id, label: audience.name }))}
            value={orgId}
            onChange={(id) => {
              setOrgId(id);
              edited('orgId', id);
            }}
          />
        </Field>
        <Field label="标题" name="title" error={errors.title}>
          <Input
            className="field__input"
            data-testid="notice-title"
            value={title}
            maxlength={NOTICE_LIMITS.title}
            placeholder="通知标题"
            onInput={(e) => {
              setTitle(e.detail.value);
              edited('title', e.detail.value);
            }}
          />
        </Field>
        <Field label="内容" name="body" error={errors.body}>
          <Textarea
            className="field__textarea"
            data-testid="notice-body"
            value={body}
            maxlength={NOTICE_LIMITS.body}
            autoHeight
            placeholder="通知内容"
            onInput={(e) => {
              setBody(e.detail.value);
              edited('body', e.detail.value);
            }}
          />
        </Field>
        <Field label="截止日期（可不填）" name="deadline" error={errors.deadline}>
          <View className="notice-form__row">
            <Picker
              mode="date"
              data-testid="notice-deadline"
              value={deadline ?? today}
              start={today}
              end={lastDeadline}
              onChange={(e) => setDeadline(e.detail.value)}
            >
              <Text className="field__value">{deadline ? formatDate(deadline) : '选择日期'}</Text>
            </Picker>
            {deadline && (
              <Text className="notice-form__link" onClick={() => setDeadline(null)}>
                清除
              </Text>
            )}
          </View>
        </Field>
        <Field label="附件（可不填）" name="attachments" error={errors.attachments}>
          {attachments.map((file) => (
            <View key={file.fileID} className="notice-form__row">
              <Text className="notice-form__file">{file.name}</Text>
              <Text
                className="notice-form__link"
                onClick={() => setAttachments((prev) => prev.filter((f) => f !== file))}
              >
                移除
              </Text>
            </View>
          ))}
          {attachments.length < NOTICE_LIMITS.attachments && (
            <Text className="notice-form__add" onClick={uploading ? undefined : attach}>
              {uploading ? '上传中…' : '+ 添加附件'}
            </Text>
          )}
        </Field>
        <Field label="同时发给我自己" name="copySelf">
          <View className="notice-form__row">
            <Switch
              data-testid="notice-copy-self"
              checked={copySelf}
              color="#C8161D"
              onChange={(e) => setCopySelf(e.detail.value)}
            />
            <Text className="notice-form__hint">
              {copySelf ? '我的消息中心也会收到，并计入统计' : '发送人不计入接收人'}
            </Text>
          </View>
        </Field>
      </View>
      <FormSubmit
        error={errors.form}
        sending={sending}
        waiting={uploading}
        testId="notice-send"
        onSubmit={send}
      >
        发送通知
      </FormSubmit>
    </View>
  );
}
