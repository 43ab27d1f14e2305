import { birthDateOf, isValidIdNumber } from '../../cloudfunctions/member/rules/id-number';
import { maskIdNumber, maskPhone, shownIdNumber } from '../../cloudfunctions/member/rules/mask';

describe('居民身份证号码 (GB 11643-1999)', () => {
  it.each([
    ['11010519491231002X', true, 'the standard example, check X'],
    ['110105194912310021', false, 'wrong check digit'],
    ['440524188001010014', true, 'check digit 4'],
    ['11010519491331002X', false, 'month 13'],
    ['11010519490230002X', false, '30 February'],
    ['1101051949123100', false, 'too short'],
    ['11010519491231002x', false, 'lower-case x'],
  ])('%s → %s (%s)', (id, valid) => {
    expect(isValidIdNumber(id)).toBe(valid);
  });

  it('reads the birth date', () => {
    expect(birthDateOf('11010519491231002X')).toBe('1949-12-31');
  });
});

describe('masking', () => {
  it('keeps only the last 4 characters of an ID number', () => {
    expect(maskIdNumber('110105194912311234')).toBe('**************1234');
  });
  it('shows the last 4 only to whoever may reveal the number, nothing to anyone else', () => {
    expect(shownIdNumber('110***********1234', true)).toBe('**************1234');
    expect(shownIdNumber('110***********1234', false)).toBe('******************');
    expect(shownIdNumber(null, true)).toBeNull();
  });
  it('keeps the first 3 and last 4 digits of a phone number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
});
