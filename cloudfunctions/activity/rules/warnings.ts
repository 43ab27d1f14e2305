import type { ActivityType, ComplianceWarning } from '../../../typings/documents';

/** Confirmed activities of one month, by type. */
export type HeldCounts = Partial<Record<ActivityType, number>>;

export interface BranchShape {
  /** A branch with a 支委会 holds it monthly (支部条例 第十二条; docs/domain.md §2.1). */
  hasCommittee: boolean;
  /** 党小组会 monthly where the branch has 党小组 (支部条例 第十三条). */
  hasGroups: boolean;
}

const MONTHLY: [ActivityType, ComplianceWarning, keyof BranchShape | null][] = [
  ['支委会', 'NO_COMMITTEE_MEETING', 'hasCommittee'],
  ['主题党日', 'NO_THEME_DAY', null],
  ['党小组会', 'NO_GROUP_MEETING', 'hasGroups'],
];
const QUARTERLY: [ActivityType, ComplianceWarning][] = [
  ['支部党员大会', 'NO_GENERAL_MEETING'],
  ['党课', 'NO_PARTY_LECTURE'],
];
const YEARLY: [ActivityType, ComplianceWarning][] = [
  ['组织生活会', 'NO_LIFE_MEETING'],
  ['民主评议党员', 'NO_APPRAISAL'],
];
/** Yearly activities are usually held in the fourth quarter (docs/domain.md §2.4). */
const YEARLY_FROM_MONTH = 10;

/**
 * The warnings of each month of a year (index 0 = January), judged as of `today` (China
 * calendar, docs/domain.md §2.8): a month not yet begun has none.
 */
export function yearWarnings(
  year: number,
  today: { year: number; month: number },
  held: HeldCounts[],
  shape: BranchShape,
): ComplianceWarning[][] {
  const last = year < today.year ? 12 : year > today.year ? 0 : today.month;
  const count = (type: ActivityType, from: number, to: number) =>
    held.slice(from - 1, to).reduce((sum, m) => sum + (m[type] ?? 0), 0);
  const out: ComplianceWarning[][] = Array.from({ length: 12 }, () => []);
  for (let month = 1; month <= last; month++) {
    const warnings = out[month - 1];
    for (const [type, code, needs] of MONTHLY) {
      if ((needs === null || shape[needs]) && count(type, month, month) === 0) warnings.push(code);
    }
    const quarterEnd = Math.ceil(month / 3) * 3;
    if (month === Math.min(quarterEnd, last)) {
      for (const [type, code] of QUARTERLY) {
        if (count(type, quarterEnd - 2, quarterEnd) === 0) warnings.push(code);
      }
    }
    if (month === last && month >= YEARLY_FROM_MONTH) {
      for (const [type, code] of YEARLY) if (count(type, 1, 12) === 0) warnings.push(code);
    }
  }
  return out;
}

/** Six months without organisational life (docs/domain.md §2.7). */
export const IDLE_MONTHS = 6;

/**
 * Members with no attendance since `since` (six months before today): `lastPresent` holds each
 * member's latest attendance, if any.
 */
export function idleMembers(
  memberIds: string[],
  lastPresent: Map<string, Date>,
  since: Date,
): string[] {
  return memberIds.filter((id) => {
    const at = lastPresent.get(id);
    return at === undefined || at < since;
  });
}
