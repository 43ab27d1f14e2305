import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { RuleView } from '../../../../typings';

dayjs.extend(utc);

/** Signed points as people read them in a ledger: +3, -2, 0. */
export const signed = (points: number) => (points > 0 ? `+${points}` : String(points));

/** What an adjustment did, in words: 已补发 2 分 / 已扣减 3 分. */
export const adjustedText = (awarded: number) =>
  awarded >= 0 ? `已补发 ${awarded} 分` : `已扣减 ${-awarded} 分`;

/** How one rule is earned, in a sentence: 阅读满 30 秒 +1 分/篇，每日最多 6 分. */
export function ruleTerms(rule: RuleView): string {
  const per =
    rule.kind === 'unit' ? `每${unitOf(rule.code)} +${rule.points} 分` : `+${rule.points} 分/次`;
  const when = rule.minSeconds ? `阅读满 ${rule.minSeconds} 秒，` : '';
  const caps = [
    rule.dailyCap === null ? '' : `每日最多 ${rule.dailyCap} 分`,
    rule.weeklyCap === null ? '' : `每周最多 ${rule.weeklyCap} 分`,
  ].filter(Boolean);
  return [`${when}${per}`, ...caps].join('，');
}

/** When a stored ranking was computed, in China time: 数据更新于 14:05 (with the date if not today). */
export function asOfText(asOf: string, now = new Date()): string {
  const at = dayjs(asOf).utcOffset(8);
  const today = at.isSame(dayjs(now).utcOffset(8), 'day');
  return `数据更新于 ${at.format(today ? 'HH:mm' : 'M月D日 HH:mm')}`;
}

// Per-unit rules count 学时 or correct answers; the rule code says which.
const unitOf = (code: string) => (code === 'study_hour' ? '学时' : '答对一题');
