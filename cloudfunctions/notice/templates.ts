import { chinaMinute } from '../_shared/clock';
import { thing } from '../_shared/notices/push';

/** The notices' template id is shared: the school's reminders count who it reaches too. */
export { NOTICE_TEMPLATE_ID } from '../_shared/notices/reach';

/** The page a tap on the message opens. */
export const NOTICE_PAGE = 'packages/notice/detail/index';

export function noticeMessageData(title: string, orgName: string, at: Date) {
  return {
    thing1: { value: thing(title) },
    thing2: { value: thing(orgName) },
    date3: { value: chinaMinute(at) },
  };
}
