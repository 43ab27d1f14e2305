import { dayjs } from '../../_shared/clock';
import type { OrgType } from '../../../typings/documents';

export type OrgWarningCode =
  | 'NO_SECRETARY'
  | 'NEEDS_COMMITTEE'
  | 'COMMITTEE_SIZE'
  | 'TERM_ENDING'
  | 'TERM_EXPIRED'
  | 'NO_ELECTION';

export interface OrgWarning {
  code: OrgWarningCode;
  message: string;
}

export interface OrgFacts {
  type: OrgType;
  /**
   * 正式党员 only: 预备党员 do not count towards the thresholds (支部条例 第二十条;
   * docs/domain.md §1.2).
   */
  fullMembers: number;
  committeeSize: number;
  electedAt: string | null;
  termYears: number;
}

/**
 * Term lengths, 《关于党的基层组织任期的意见》(2018): 党委 5 years, 党总支 and 党支部 3
 * (docs/domain.md §1.3).
 */
export const TERM_YEARS: Record<OrgType, number> = { 党委: 5, 党总支: 3, 党支部: 3, 党小组: 3 };

/** How far ahead a term's end is announced. */
export const TERM_WARNING_DAYS = 90;

export function termEnd(electedAt: string, termYears: number): string {
  return dayjs(electedAt).add(termYears, 'year').format('YYYY-MM-DD');
}

/** The warnings a branch or committee earns from the regulations, as of `today` (YYYY-MM-DD). */
export function orgWarnings(org: OrgFacts, today: string): OrgWarning[] {
  const warnings: OrgWarning[] = [];
  if (org.type === '党支部') {
    // 支部条例 第二十条 (docs/domain.md §1.2): ≥7 正式党员 → a 支委会 of 3–7; fewer → a 书记
    // (and optional 副书记) only.
    if (org.committeeSize === 0) {
      warnings.push({ code: 'NO_SECRETARY', message: '尚未配备支部书记' });
    } else if (org.fullMembers >= 7 && org.committeeSize < 3) {
      warnings.push({
        code: 'NEEDS_COMMITTEE',
        message: `正式党员 ${org.fullMembers} 名，应设立支部委员会`,
      });
    } else if (org.fullMembers >= 7 && org.committeeSize > 7) {
      warnings.push({
        code: 'COMMITTEE_SIZE',
        message: `支部委员会 ${org.committeeSize} 人，应为 3 至 7 人`,
      });
    } else if (org.fullMembers < 7 && org.committeeSize > 2) {
      warnings.push({
        code: 'COMMITTEE_SIZE',
        message: `正式党员不足 7 名，不设支部委员会，只设书记（必要时设副书记）`,
      });
    }
  }
  if (org.type === '党小组') return warnings;
  if (!org.electedAt) {
    warnings.push({ code: 'NO_ELECTION', message: '尚未登记换届选举日期' });
    return warnings;
  }
  const end = termEnd(org.electedAt, org.termYears);
  const daysLeft = dayjs(end).diff(dayjs(today), 'day');
  if (daysLeft <= 0) {
    warnings.push({ code: 'TERM_EXPIRED', message: `任期已于 ${end} 届满，应按期换届` });
  } else if (daysLeft <= TERM_WARNING_DAYS) {
    warnings.push({
      code: 'TERM_ENDING',
      message: `任期将于 ${end} 届满（还有 ${daysLeft} 天），请做好换届准备`,
    });
  }
  return warnings;
}
