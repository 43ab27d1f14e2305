import { OFFLINE_HOURS_MAX } from '../../../typings/policy';

/** A row of the offline 学时 sheet as typed, dates already read as `YYYY-MM-DD` where they can be. */
export interface OfflineRowInput {
  name: string;
  idLast4: string;
  branch: string;
  title: string;
  date: string;
  hours: string;
}

export interface OfflineRow {
  name: string;
  idLast4: string;
  branch: string;
  title: string;
  date: string;
  hours: number;
}

export type OfflineVerdict = { ok: true; row: OfflineRow } | { ok: false; reason: string };

const TITLE = { min: 2, max: 60 };

const isCalendarDate = (s: string) =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * Checks one row of an offline 学时 sheet (docs/domain.md §7.2): who (name and the last four
 * characters of the ID number), the training, a date of this year up to `today` (China
 * calendar), and 学时 above nothing, at most one decimal and at most a ten-day training's.
 */
export function parseOfflineRow(input: OfflineRowInput, today: string): OfflineVerdict {
  const fail = (reason: string): OfflineVerdict => ({ ok: false, reason });
  const name = input.name.trim();
  if (!name) return fail('姓名不能为空');
  const idLast4 = input.idLast4.trim().toUpperCase();
  if (!/^\d{3}[\dX]$/.test(idLast4)) return fail('身份证后四位须为 4 位数字（最后一位可为 X）');
  const title = input.title.trim();
  if (title.length < TITLE.min || title.length > TITLE.max)
    return fail(`培训名称须为 ${TITLE.min}–${TITLE.max} 个字`);
  const date = input.date.trim();
  if (!isCalendarDate(date)) return fail('培训日期不是有效的日期，请写成 2026-12-01');
  if (date > today) return fail('培训日期不能晚于今天');
  if (date.slice(0, 4) !== today.slice(0, 4))
    return fail(`只能登记本年度（${today.slice(0, 4)} 年）的学时`);
  const text = input.hours.trim();
  if (!/^\d+(\.\d)?$/.test(text) || Number(text) === 0)
    return fail('学时须为大于 0 的数字，最多一位小数');
  const hours = Number(text);
  if (hours > OFFLINE_HOURS_MAX) return fail(`一次最多登记 ${OFFLINE_HOURS_MAX} 学时`);
  return { ok: true, row: { name, idLast4, branch: input.branch.trim(), title, date, hours } };
}
