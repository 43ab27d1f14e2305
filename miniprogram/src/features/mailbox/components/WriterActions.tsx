import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { LetterView } from '../../../../../typings/functions/mailbox';
import { LETTER_RATINGS, MAILBOX_LIMITS } from '../../../../../typings/policy/mailbox';
import { useAction } from '../../../lib/use-action';
import { mailboxApi } from '../api';
import './mailbox.scss';

const answered = (letter: LetterView) => letter.status === '已答复' || letter.status === '已办结';

/**
 * What the writer may do once answered: rate it 满意 or 不满意, once, and reopen it, once,
 * saying what is still wrong. By ticket for an anonymous letter, by id for a named one.
 */
export function WriterActions({
  letter,
  ticket,
  onDone,
}: {
  letter: LetterView;
  ticket: string | undefined;
  onDone: () => void;
}) {
  const { sending, run } = useAction();
  const [text, setText] = useState('');
  if (!answered(letter)) return null;
  const ref = ticket ? { ticket } : { letterId: letter._id };
  const rate = (rating: (typeof LETTER_RATINGS)[number]) =>
    run(async () => {
      await mailboxApi.rate({ ...ref, rating });
      await Taro.showToast({ title: '谢谢你的评价', icon: 'none' });
      onDone();
    });
  const reopen = () =>
    run(async () => {
      await mailboxApi.reopen({ ...ref, text });
      setText('');
      await Taro.showToast({ title: '已重新提出', icon: 'none' });
      onDone();
    });
  return (
    <View className="mailbox-card" data-testid="writer-actions">
      {letter.rating === null && (
        <View className="mailbox-actions">
          {LETTER_RATINGS.map((rating) => (
            <Button
              key={rating}
              type={rating === '满意' ? 'primary' : 'default'}
              disabled={sending}
              data-testid={`rate-${rating}`}
              onClick={() => void rate(rating)}
            >
              {rating}
            </Button>
          ))}
        </View>
      )}
      {!letter.reopened && (
        <>
          <Textarea
            className="field__textarea mailbox-form__short"
            data-testid="reopen-text"
            value={text}
            maxlength={MAILBOX_LIMITS.reply}
            placeholder="问题还没解决？说明一下，可以重新提出一次"
            onInput={(e) => setText(e.detail.value)}
          />
          <Button
            fill="outline"
            type="primary"
            disabled={sending || text.trim().length < 2}
            data-testid="reopen"
            onClick={() => void reopen()}
          >
            重新提出
          </Button>
        </>
      )}
    </View>
  );
}
