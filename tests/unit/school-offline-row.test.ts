import {
  parseOfflineRow,
  type OfflineRowInput,
} from '../../cloudfunctions/school/rules/offline-row';

// A row of the offline 学时 sheet (docs/domain.md §7.2), checked on 2026-12-06.
const TODAY = '2026-12-06';
const row = (patch: Partial<OfflineRowInput> = {}): OfflineRowInput => ({
  name: '张三',
  idLast4: '0013',
  branch: '综合办公室党支部',
  title: '支部集中学习',
  date: '2026-12-01',
  hours: '4',
  ...patch,
});

describe('an offline 学时 row', () => {
  it.each([
    ['whole 学时', {}, 4],
    ['one decimal', { hours: '1.5' }, 1.5],
    ['a tenth', { hours: '0.1' }, 0.1],
    ['the most a row may hold', { hours: '80' }, 80],
    ['today', { date: TODAY }, 4],
    ['the first day of the year', { date: '2026-01-01' }, 4],
    ['an X in the ID number, in lower case', { idLast4: '123x' }, 4],
  ])('accepts %s', (_what, patch, hours) => {
    const verdict = parseOfflineRow(row(patch), TODAY);
    expect(verdict).toMatchObject({ ok: true, row: { hours } });
  });

  it.each([
    ['no name', { name: ' ' }, '姓名不能为空'],
    [
      'three characters of the ID number',
      { idLast4: '013' },
      '身份证后四位须为 4 位数字（最后一位可为 X）',
    ],
    ['a letter inside them', { idLast4: '0X13' }, '身份证后四位须为 4 位数字（最后一位可为 X）'],
    ['a one-character title', { title: '学' }, '培训名称须为 2–60 个字'],
    [
      'a date that does not exist',
      { date: '2026-02-30' },
      '培训日期不是有效的日期，请写成 2026-12-01',
    ],
    ['text for a date', { date: '上周' }, '培训日期不是有效的日期，请写成 2026-12-01'],
    ['tomorrow', { date: '2026-12-07' }, '培训日期不能晚于今天'],
    ['last year', { date: '2025-12-31' }, '只能登记本年度（2026 年）的学时'],
    ['no 学时', { hours: '0' }, '学时须为大于 0 的数字，最多一位小数'],
    ['two decimals', { hours: '1.25' }, '学时须为大于 0 的数字，最多一位小数'],
    ['a negative figure', { hours: '-2' }, '学时须为大于 0 的数字，最多一位小数'],
    ['words', { hours: '四' }, '学时须为大于 0 的数字，最多一位小数'],
    ['more than a ten-day training', { hours: '80.5' }, '一次最多登记 80 学时'],
  ])('refuses %s', (_what, patch, reason) => {
    expect(parseOfflineRow(row(patch), TODAY)).toEqual({ ok: false, reason });
  });
});
