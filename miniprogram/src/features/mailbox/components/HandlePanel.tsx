import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { LetterView } from '../../../../../typings/functions/mailbox';
import { LETTER_CATEGORIES, MAILBOX_LIMITS } from '../../../../../typings/policy/mailbox';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { Chips } from '../../../components/Chips';
import { useAction } from '../../../lib/use-action';
import { mailboxApi } from '../api';
import type { LetterPhoto } from '../photo-upload';
import { PhotoGrid } from './PhotoGrid';
import '../../../components/chips.scss';
import './mailbox.scss';

/**
 * The reader's handling of an opened letter (docs/domain.md §8.5): back to 未读, 处理中,
 * a reply with up to nine photos (which makes it 已答复), 已办结 once answered, and another
 * category.
 */
export function HandlePanel({ letter, onDone }: { letter: LetterView; onDone: () => void }) {
  const { sending, run } = useAction();
  const [text, setText] = useState('');
  const [photos, setPhotos] = useState<LetterPhoto[]>([]);
  const [uploading, setUploading] = useState(false);
  // One per answer written: a resend after a lost reply is not stored twice.
  const [requestId, setRequestId] = useState(newRequestId);
  const done = (title: string) => async () => {
    await Taro.showToast({ title, icon: 'none' });
    onDone();
  };
  const answered = letter.status === '已答复';
  return (
    <View className="mailbox-card" data-testid="handle-panel">
      {letter.status !== '已办结' && (
        <>
          <Textarea
            className="field__textarea mailbox-form__short"
            data-testid="reply-text"
            value={text}
            maxlength={MAILBOX_LIMITS.reply}
            placeholder="答复内容，写信人会看到"
            onInput={(e) => setText(e.detail.value)}
          />
          <PhotoGrid
            photos={photos}
            max={MAILBOX_LIMITS.photos}
            onChange={setPhotos}
            onBusy={setUploading}
            onError={(title) => void Taro.showToast({ title, icon: 'none' })}
          />
          <Button
            type="primary"
            block
            disabled={sending || uploading || text.trim().length < 2}
            data-testid="reply-send"
            onClick={() =>
              void run(async () => {
                await mailboxApi.reply(
                  letter._id,
                  text,
                  photos.map((p) => p.fileID),
                  requestId,
                );
                setText('');
                setPhotos([]);
                setRequestId(newRequestId());
                await done('答复已送达')();
              })
            }
          >
            答复
          </Button>
        </>
      )}
      <View className="mailbox-actions">
        {letter.status === '已读' && (
          <Button
            disabled={sending}
            data-testid="set-unread"
            onClick={() =>
              void run(async () => {
                await mailboxApi.setStatus(letter._id, '未读');
                await Taro.showToast({ title: '已标为未读', icon: 'none' });
                await Taro.navigateBack();
              })
            }
          >
            标为未读
          </Button>
        )}
        {letter.status === '已读' && (
          <Button
            disabled={sending}
            data-testid="set-handling"
            onClick={() =>
              void run(async () => {
                await mailboxApi.setStatus(letter._id, '处理中');
                await done('已标为处理中')();
              })
            }
          >
            处理中
          </Button>
        )}
        {answered && (
          <Button
            disabled={sending}
            data-testid="set-closed"
            onClick={() =>
              void run(async () => {
                await mailboxApi.setStatus(letter._id, '已办结');
                await done('已办结')();
              })
            }
          >
            办结
          </Button>
        )}
      </View>
      <Text className="mailbox-card__label">类别（系统推荐，可改）</Text>
      <Chips
        options={LETTER_CATEGORIES.map((c) => ({ value: c, label: c }))}
        value={letter.category}
        testIdPrefix="recategorise-"
        onChange={(category) =>
          void run(async () => {
            await mailboxApi.recategorise(
              letter._id,
              category as (typeof LETTER_CATEGORIES)[number],
            );
            await done(`已改为${category}`)();
          })
        }
      />
    </View>
  );
}
