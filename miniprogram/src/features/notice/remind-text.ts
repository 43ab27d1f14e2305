import type { RemindResult } from '../../../../typings';

/** Whether this build can deliver WeChat messages at all: only the mini-program can. */
export const WECHAT_REMINDERS = process.env.TARO_ENV === 'weapp';

/** Said on H5 beside 提醒未读: the browser build reaches nobody on WeChat. */
export const H5_REMINDER_NOTE =
  '微信消息提醒只在微信小程序中有效：网页版不会发出微信消息，未读的党员会在小程序的消息中心看到这条通知。';

/** What a reminder would do, asked before it is sent. */
export function remindPreview({ wechat, inboxOnly, alreadyToday }: RemindResult): string {
  if (alreadyToday) return '今天已经提醒过了，明天可以再提醒一次';
  const lines: string[] = [];
  if (wechat > 0) lines.push(`${wechat} 人会收到微信消息提醒`);
  if (inboxOnly > 0) {
    lines.push(`${inboxOnly} 人没有订阅通知消息，微信无法提醒，只能在消息中心看到这条未读通知`);
  }
  if (wechat === 0) lines.push('现在提醒不会发出任何微信消息');
  return `${lines.join('；')}。`;
}

/** What a reminder did, said after it is sent. */
export function remindDone(result: RemindResult): string {
  if (result.alreadyToday) return '今天已经提醒过了';
  if (result.wechat === 0) return '没有可以接收微信提醒的党员，未读的党员会在消息中心看到这条通知';
  const rest = result.inboxOnly ? `，${result.inboxOnly} 人只能在消息中心看到` : '';
  return `${result.wechat} 人将在一分钟内收到微信提醒${rest}`;
}
