import Taro from '@tarojs/taro';
import { noticeApi } from './api';

let templates: Promise<string[]> | undefined;

/** The subscribe-message templates, fetched once: the ask itself must run inside the tap. */
export function prefetchTemplates(): void {
  if (process.env.TARO_ENV !== 'weapp' || templates) return;
  templates = noticeApi.templates().then(
    (reply) => reply.templateIds,
    () => {
      templates = undefined;
      return [];
    },
  );
}

/**
 * Asks the member (weapp only) to accept the next notice as a WeChat message, and tells the
 * server which templates they accepted: each acceptance is one message it may send.
 */
export async function askToSubscribe(): Promise<void> {
  if (process.env.TARO_ENV !== 'weapp' || !templates) return;
  const tmplIds = await templates;
  if (!tmplIds.length) return;
  try {
    const answer = (await Taro.requestSubscribeMessage({
      tmplIds,
      entityIds: [],
    })) as unknown as Record<string, string>;
    const accepted = tmplIds.filter((id) => answer[id] === 'accept');
    await noticeApi.subscribe(tmplIds, accepted);
  } catch {
    // Declining or a closed dialog is the member's choice; the message centre still has it.
  }
}
