import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { schoolProbe } from '../support/school';

// 学习笔记: private to their writer unless shared with the branch; a shared note passes content
// security first and earns share_note once.
let t: TestCloud;
let probe: ReturnType<typeof schoolProbe>;

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-06T10:00:00+08:00' });
  probe = schoolProbe(t);
});
afterAll(() => t.close());

const note = (requestId: string, shared: boolean, text = '三会一课要按时开，记录要完整。') => ({
  lessonId: 'course-branch-rules-l1',
  requestId,
  text,
  shared,
});

describe('study notes', () => {
  it('keeps a private note to its writer and shows a shared one to the branch, points once', async () => {
    const memberId = await t.memberId(ID.member);
    const mine = ok(await t.call(ID.member, 'school', 'saveNote', note('note-0000001', false)));
    const resent = ok(await t.call(ID.member, 'school', 'saveNote', note('note-0000001', false)));
    expect(resent._id).toBe(mine._id);
    expect(ok(await t.call(ID.member, 'school', 'myNotes', {})).items).toHaveLength(1);
    expect(ok(await t.call(ID.secretary, 'school', 'branchNotes', {})).items).toHaveLength(0);

    const shared = { ...note('note-0000001', true), id: mine._id };
    ok(await t.call(ID.member, 'school', 'saveNote', shared));
    ok(await t.call(ID.member, 'school', 'saveNote', shared));
    const branch = ok(await t.call(ID.secretary, 'school', 'branchNotes', {}));
    expect(branch.items.map((n) => n._id)).toEqual([mine._id]);
    expect(ok(await t.call(ID.member2, 'school', 'branchNotes', {})).items).toHaveLength(0);
    const points = (await probe.ledger(memberId, 'share_note')).filter(
      (e) => e.sourceId === mine._id,
    );
    expect(points).toHaveLength(1);
  });

  it('refuses another member’s note, a lesson out of scope and a risky text to share', async () => {
    const mine = ok(await t.call(ID.member, 'school', 'saveNote', note('note-0000002', false)));
    const stolen = { ...note('note-0000003', false, '改写'), id: mine._id };
    expect(code(await t.call(ID.member2, 'school', 'saveNote', stolen))).toBe('NOT_FOUND');
    expect(ok(await t.call(ID.member2, 'school', 'deleteNote', { id: mine._id })).deleted).toBe(
      false,
    );
    const outside = { ...note('note-0000004', false), lessonId: 'course-safety-l1' };
    expect(code(await t.call(ID.member, 'school', 'saveNote', outside))).toBe('FORBIDDEN');
    expect(ok(await t.call(ID.member, 'school', 'deleteNote', { id: mine._id })).deleted).toBe(
      true,
    );
    const blank = await t.call(ID.member, 'school', 'saveNote', note('note-0000005', false, '  '));
    expect(blank).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT', field: 'text' } });
    const before = ok(await t.call(ID.member, 'school', 'myNotes', {})).items.length;
    const risky = note('note-0000006', true, '含有 __RISKY__ 的心得');
    expect(code(await t.call(ID.member, 'school', 'saveNote', risky))).toBe('CONTENT_REJECTED');
    expect(ok(await t.call(ID.member, 'school', 'myNotes', {})).items).toHaveLength(before);
  });
});
