import type { LetterCategory } from '../../typings/policy/mailbox';
import type { SubscribeMessage } from '../_shared/notices/push';

/**
 * The answer's subscribe-message template, chosen in the mini-program console (fields 信件类别
 * thing1, 处理状态 phrase2, 答复日期 date3). Its id differs per environment and is set there as
 * MAILBOX_REPLY_TEMPLATE_ID; the local cloud accepts any id, so it runs with its own.
 */
export const REPLY_TEMPLATE_ID =
  process.env.MAILBOX_REPLY_TEMPLATE_ID || 'local-mailbox-reply-template';

/**
 * The message tells the writer only that their letter was answered: a WeChat notification shows
 * on a locked screen, so neither the letter nor the answer is in it; the tap opens the thread.
 */
export function replyMessage(letterId: string, category: LetterCategory, day: string) {
  return {
    templateId: REPLY_TEMPLATE_ID,
    page: `packages/mailbox/thread/index?id=${encodeURIComponent(letterId)}`,
    data: {
      thing1: { value: `书记信箱·${category}` },
      phrase2: { value: '已答复' },
      date3: { value: day },
    },
  } satisfies SubscribeMessage;
}
