import { chinaMinute } from '../_shared/clock';
import { thing } from '../_shared/notices/push';

/**
 * The notice's subscribe-message template, chosen in the mini-program console (fields 通知标题
 * thing1, 发布组织 thing2, 发布时间 date3). Its id differs per environment and is set there as
 * NOTICE_TEMPLATE_ID; the local cloud accepts any id, so it runs with its own.
 */
export const NOTICE_TEMPLATE_ID = process.env.NOTICE_TEMPLATE_ID || 'local-notice-template';

/** The page a tap on the message opens. */
export const NOTICE_PAGE = 'packages/notice/detail/index';

export function noticeMessageData(title: string, orgName: string, at: Date) {
  return {
    thing1: { value: thing(title) },
    thing2: { value: thing(orgName) },
    date3: { value: chinaMinute(at) },
  };
}
