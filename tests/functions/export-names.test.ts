import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';

let t: TestCloud;

beforeAll(async () => {
  // 2026-12-06 in China.
  t = await startTestCloud({ at: '2026-12-06T02:00:00.000Z' });
});
afterAll(() => t.close());

const lastSegment = (url: string) => decodeURIComponent(new URL(url).pathname.split('/').pop()!);

describe('exported files are named for what they hold', () => {
  it('names a roster export by its organisation and day', async () => {
    const reply = ok(
      await t.call(ID.secretary, 'member', 'exportRoster', { orgId: 'org-b-office' }),
    );
    expect(reply.fileName).toBe('综合办公室党支部党员名册-2026-12-06.xlsx');
    expect(lastSegment(reply.url)).toBe(reply.fileName);
    expect((await fetch(reply.url)).status).toBe(200);
  });

  it('names a year of points by its year and organisation', async () => {
    const reply = ok(
      await t.call(ID.admin, 'points', 'exportYear', { orgId: 'org-b-mine1', year: 2026 }),
    );
    expect(reply.fileName).toBe('2026年度积分-第一采区党支部.xlsx');
    expect(lastSegment(reply.url)).toBe(reply.fileName);
  });
});
