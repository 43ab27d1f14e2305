import {
  codeAccepted,
  codeFor,
  signInOpen,
  windowOf,
} from '../../cloudfunctions/activity/rules/sign-in-code';

const key = Buffer.alloc(32, 7);
const t0 = Date.parse('2026-12-06T07:00:00Z');

describe('the sign-in code (docs/domain.md §2.9)', () => {
  it('is 6 digits, differs between activities and keys, and changes every 30 s', () => {
    const code = codeFor(key, 'a1', windowOf(t0));
    expect(code).toMatch(/^\d{6}$/);
    expect(codeFor(key, 'a2', windowOf(t0))).not.toBe(code);
    expect(codeFor(Buffer.alloc(32, 8), 'a1', windowOf(t0))).not.toBe(code);
    expect(codeFor(key, 'a1', windowOf(t0 + 29_999))).toBe(code);
    expect(codeFor(key, 'a1', windowOf(t0 + 30_000))).not.toBe(code);
  });

  it.each([
    ['in its own window', 0, true],
    ['in the next window', 30_000, true],
    ['two windows later', 60_000, false],
    ['a window before it was shown', -30_000, false],
  ])('is accepted %s: %s', (_name, later, accepted) => {
    const code = codeFor(key, 'a1', windowOf(t0));
    expect(codeAccepted(key, 'a1', code, t0 + later)).toBe(accepted);
  });

  it.each([
    ['31 minutes before the start', -31, false],
    ['30 minutes before the start', -30, true],
    ['during', 60, true],
    ['30 minutes after the end', 150, true],
    ['31 minutes after the end', 151, false],
  ])('sign-in is open %s: %s', (_name, minutes, open) => {
    const startsAt = new Date(t0);
    const endsAt = new Date(t0 + 120 * 60_000);
    expect(signInOpen(startsAt, endsAt, t0 + minutes * 60_000)).toBe(open);
  });
});
