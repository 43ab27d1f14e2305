import type { ActivityDoc } from '../../typings/documents';
import { NOTICE_LIMITS } from '../../typings/policy';
import { inChina } from '../_shared/clock';

type Planned = Pick<
  ActivityDoc,
  'type' | 'topic' | 'startsAt' | 'endsAt' | 'place' | 'hostName' | 'materials'
>;

/** A notice title holds NOTICE_LIMITS.title characters: a longer one is cut with an ellipsis. */
function fitTitle(text: string): string {
  const chars = [...text];
  const max = NOTICE_LIMITS.title;
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** What the notice of a plan says (docs/domain.md §2.11), times on China's clock (§10.1). */
export function planNoticeText(plan: Planned): { title: string; body: string } {
  const start = inChina(plan.startsAt);
  const end = inChina(plan.endsAt);
  const until = end.isSame(start, 'day') ? end.format('HH:mm') : end.format('YYYY-MM-DD HH:mm');
  const lines = [
    `${plan.type}「${plan.topic}」`,
    `时间：${start.format('YYYY-MM-DD HH:mm')} 至 ${until}`,
    `地点：${plan.place}`,
    `主持人：${plan.hostName}`,
  ];
  if (plan.materials) lines.push(`学习材料：${plan.materials}`);
  lines.push('请准时参加，在“我的活动”中签到。');
  return { title: fitTitle(`${plan.type}：${plan.topic}`), body: lines.join('\n') };
}
