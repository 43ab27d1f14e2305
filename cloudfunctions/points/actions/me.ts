import type { PointMemberYearDoc, PointPrefsDoc } from '../../../typings/documents';
import type { RuleProgress } from '../../../typings/functions/points';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { findById } from '../../_shared/db';
import { storedRules } from '../../_shared/points/catalogue';
import { periodOf, type Period } from '../../_shared/points/period';
import { DEFAULT_RULES, RULE_CODES } from '../../_shared/points/rules/defaults';
import { versionAt } from '../../_shared/points/rules/versions';
import { action } from '../../_shared/router';

/**
 * 我的积分: today, this month and this year, and each rule's progress against today's cap.
 * Everything is read from the member's maintained year document; the ledger is not summed.
 */
export const me = action('points', 'me', {
  async handler(_data, caller) {
    const member = requireMember(caller);
    const now = clock.now();
    const p = periodOf(now);
    const [doc, prefs, stored] = await Promise.all([
      thisMonthOfYear(member._id, p),
      findById<PointPrefsDoc>(COLLECTIONS.pointPrefs.name, member._id),
      storedRules(),
    ]);
    const monthDays = Object.entries(doc?.days ?? {}).filter(([key]) =>
      key.startsWith(`d${p.monthKey.slice(1)}`),
    );
    const byRule: RuleProgress[] = [];
    for (const code of RULE_CODES) {
      const rule = versionAt(DEFAULT_RULES, stored, code, now);
      const year = doc?.byRule[code] ?? 0;
      if (!rule || (rule.kind === 'manual' && year === 0)) continue;
      const today = doc?.days[p.dayKey]?.r[code] ?? 0;
      byRule.push({
        code,
        name: rule.name,
        points: rule.points,
        dailyCap: rule.dailyCap,
        today,
        month: monthDays.reduce((sum, [, day]) => sum + (day.r[code] ?? 0), 0),
        year,
        capReached: rule.dailyCap !== null && today >= rule.dailyCap,
      });
    }
    return {
      today: doc?.days[p.dayKey]?.t ?? 0,
      month: doc?.months[p.monthKey] ?? 0,
      year: doc?.total ?? 0,
      byRule,
      visible: prefs?.visible ?? false,
    };
  },
});

type MonthOfYear = Pick<PointMemberYearDoc, 'total' | 'months' | 'byRule' | 'days'>;

/**
 * The member's year document with only this month's days: by December it holds a whole year of
 * them, and this page needs a month.
 */
async function thisMonthOfYear(memberId: string, p: Period): Promise<MonthOfYear | null> {
  const fields: Record<string, true> = { total: true, months: true, byRule: true };
  const month = p.monthKey.slice(1);
  for (let d = 1; d <= 31; d++) fields[`days.d${month}${String(d).padStart(2, '0')}`] = true;
  const { data } = await db
    .collection(COLLECTIONS.pointMemberYears.name)
    .where({ _id: `${memberId}:${p.year}` })
    .field(fields)
    .limit(1)
    .get<MonthOfYear>();
  return data[0] ?? null;
}
