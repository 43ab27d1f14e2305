import { chinaMinute } from '../_shared/clock';

/**
 * The notice's subscribe-message template, chosen in the mini-program console (fields 通知标题
 * thing1, 发布组织 thing2, 发布时间 date3). Its id differs per environment and is set there as
 * NOTICE_TEMPLATE_ID; the local cloud accepts any id, so it runs with its own.
 */
export const NOTICE_TEMPLATE_ID = process.env.NOTICE_TEMPLATE_ID || 'local-notice-template';

/** The page a tap on the message opens. */
export const NOTICE_PAGE = 'packages/notice/detail/index';

/**
 * `thing` fields hold at most 20 characters (docs/wechat.md §2.3): longer text is cut with an
 * ellipsis.
 */
function thing(text: string): string {
  const chars = [...text];
  return chars.length <= 20 ? text : `${chars.slice(0, 19).join('')}…`;
}

export function noticeMessageData(title: string, orgName: string, at: Date) {
  return {
    thing1: { value: thing(title) },
    thing2: { value: thing(orgName) },
    date3: { value: chinaMinute(at) },
  };
}
