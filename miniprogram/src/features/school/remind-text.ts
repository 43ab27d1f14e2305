import type { ReminderReply } from '../../../../typings/functions/school';

/** What a course reminder did: who WeChat reaches now, who only sees it in 消息中心. */
export function courseRemindDone({ recipients, wechat, inboxOnly }: ReminderReply): string {
  if (recipients === 0) return '全支部都已学完，无需提醒';
  if (wechat === 0)
    return `已提醒 ${recipients} 人，他们会在消息中心看到这条通知（没有可接收微信消息的人）`;
  const rest = inboxOnly ? `，${inboxOnly} 人只能在消息中心看到` : '';
  return `已提醒 ${recipients} 人：${wechat} 人将收到微信消息${rest}`;
}
