import { templateDataProblem } from '../../emulator/openapi/template-data';

const field = (key: string, value: string | number) => ({ [key]: { value } });

describe('subscribe message data formats', () => {
  it.each([
    ['thing1', '一二三四五六七八九十一二三四五六七八九十'],
    ['short_thing2', '党员大会'],
    ['number3', '42'],
    ['number3', 3.5],
    ['letter4', 'abc'],
    ['character_string5', 'NO-2025-001'],
    ['time6', '15:01'],
    ['time6', '2019年10月1日 15:01'],
    ['time6', '15:00 ~ 17:00'],
    ['date7', '2019年10月1日'],
    ['date7', '2019-10-01 15:01'],
    ['amount8', '¥100.50'],
    ['amount8', '30元'],
    ['phone_number9', '(010) 1234-5678'],
    ['car_number10', '粤A12345'],
    ['name11', '张三'],
    ['name11', 'Li Lei'],
    ['phrase12', '已通过'],
    ['custom13', '未知类型照常放行'],
  ])('accepts %s = %p', (key, value) => {
    expect(templateDataProblem(field(key, value))).toBeUndefined();
  });

  it.each([
    ['thing1', '一二三四五六七八九十一二三四五六七八九十一', 'exceeds 20 characters'],
    ['short_thing2', '六个字的事情', 'exceeds 5 characters'],
    ['phrase3', '六个字的短语', 'exceeds 5 characters'],
    ['phrase3', 'ok', 'is not a valid phrase'],
    ['number4', '12a', 'is not a valid number'],
    ['letter5', 'ab1', 'is not a valid letter'],
    ['character_string6', '含中文', 'is not a valid character_string'],
    ['time7', '明天上午', 'is not a valid time'],
    ['date8', '10月1日', 'is not a valid date'],
    ['amount9', '一百元', 'is not a valid amount'],
    ['name10', '张3', 'is not a valid name'],
    ['thing11', '', 'is empty'],
    ['thing11', '   ', 'is empty'],
  ])('refuses %s = %p', (key, value, reason) => {
    expect(templateDataProblem(field(key, value))).toBe(
      `argument invalid! data.${key}.value ${reason}`,
    );
  });

  it('refuses missing data and values not wrapped in {value}', () => {
    expect(templateDataProblem(undefined)).toBe('argument invalid! data is empty');
    expect(templateDataProblem({})).toBe('argument invalid! data is empty');
    expect(templateDataProblem({ thing1: '会议' })).toBe(
      'argument invalid! data.thing1.value is empty',
    );
  });
});
