import Taro from '@tarojs/taro';
import { mailboxApi } from './api';

let template: Promise<string | null> | undefined;

/** The answer's subscribe-message template, fetched once: the ask itself must run in the tap. */
export function prefetchReplyTemplate(): void {
  if (process.env.TARO_ENV !== 'weapp' || template) return;
  template = mailboxApi.replyTemplate().then(
    (reply) => reply.templateId,
    () => {
      template = undefined;
      return null;
    },
  );
}

/**
 * Asks a named writer (weapp only) to accept one WeChat message when their letter is answered,
 * and tells the server what they chose. Never for an anonymous letter: the server keeps no one
 * to send it to.
 */
export async function askForReplyMessage(): Promise<void> {
  const templateId = template ? await template : null;
  if (!templateId) return;
  try {
    const answer = (await Taro.requestSubscribeMessage({
      tmplIds: [templateId],
      entityIds: [],
    })) as unknown as Record<string, string>;
    await mailboxApi.subscribeReplies(answer[templateId] === 'accept');
  } catch {
    // Declining or a closed dialog is the writer's choice; 我的信件 shows the answer anyway.
  }
}
