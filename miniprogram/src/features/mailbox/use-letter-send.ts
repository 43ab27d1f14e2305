import { useState } from 'react';
import Taro from '@tarojs/taro';
import type { LetterKind } from '../../../../typings/policy/mailbox';
import { newRequestId } from '../../../../typings/policy/request-id';
import { CloudError, networkError } from '../../lib/cloud-error';
import type { LetterPhoto } from './photo-upload';
import { keepTicket } from './tickets';

interface Sent {
  letterId: string;
  ticket?: string;
}

/**
 * What a letter and a 随手拍 share on their way out: the photos, the form's errors by field, one
 * request id for the whole form (a resend after a lost reply stores one letter), and the ending
 * — an anonymous one answers with its ticket, kept on the device and handed to `onTicket`; a
 * named one opens its thread.
 */
export function useLetterSend<F extends string>(
  kind: LetterKind,
  fields: readonly F[],
  onTicket: (ticket: string) => void,
) {
  const [photos, setPhotos] = useState<LetterPhoto[]>([]);
  const [errors, setErrors] = useState<Partial<Record<F | 'form', string>>>({});
  const [sending, setSending] = useState(false);
  const [uploading, setUploading] = useState(false);
  const [requestId] = useState(newRequestId);

  /** Sends with `send(requestId, photoIds)`; `sentToast` greets a named writer. */
  const submit = async (
    send: (requestId: string, photos: string[]) => Promise<Sent>,
    clearDraft: () => void,
    sentToast: string,
  ) => {
    setErrors({});
    setSending(true);
    try {
      const sent = await send(
        requestId,
        photos.map((p) => p.fileID),
      );
      clearDraft();
      if (sent.ticket) {
        keepTicket(sent.ticket, kind);
        onTicket(sent.ticket);
      } else {
        await Taro.showToast({ title: sentToast, icon: 'success' });
        await Taro.redirectTo({ url: `/packages/mailbox/thread/index?id=${sent.letterId}` });
      }
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      const field = fields.find((f) => error.field?.startsWith(f)) ?? 'form';
      setErrors({ [field]: error.message } as Partial<Record<F | 'form', string>>);
    } finally {
      setSending(false);
    }
  };

  return { photos, setPhotos, errors, setErrors, sending, uploading, setUploading, submit };
}
