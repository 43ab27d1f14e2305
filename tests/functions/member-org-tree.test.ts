import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { OrgNode } from '../../typings';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';

let t: TestCloud;
let whole: OrgNode[]; // the demo tree without depth: every organisation with its own counts

beforeAll(async () => {
  t = await startTestCloud();
  whole = ok(await t.call(ID.admin, 'member', 'orgTree', {})).items;
});
afterAll(() => t.close());

/** What a node's subtree should count, added up from the whole tree. */
function expectedSubtree(id: string) {
  const path = whole.find((o) => o._id === id)!.path;
  const under = whole.filter((o) => o.path.startsWith(path));
  return {
    memberCount: under.reduce((sum, o) => sum + o.memberCount, 0),
    fullMemberCount: under.reduce((sum, o) => sum + o.fullMemberCount, 0),
  };
}

const byName = (a: OrgNode, b: OrgNode) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

describe('member.orgTree by depth', () => {
  it('depth 1 returns exactly the root and its children, by name, with subtree counts', async () => {
    const reply = await t.post(
      'member',
      { action: 'orgTree', data: { rootId: 'org-root', depth: 1 } },
      ID.admin,
    );
    const items = ok(reply.body as { ok: true; data: { items: OrgNode[] } }).items;
    const children = whole.filter((o) => o.parentId === 'org-root').sort(byName);
    expect(items.map((o) => o._id)).toEqual(['org-root', ...children.map((o) => o._id)]);
    for (const node of items) expect(node.subtree).toEqual(expectedSubtree(node._id));
    expect(items[1].subtree!.memberCount).toBeGreaterThan(0);
    // Caller, root and children: the subtree counts are stored on them.
    expect(reply.dbOps).toBe(3);
  });

  it('depth 1 of a 总支 lists its branches with their subtree counts', async () => {
    const reply = await t.post(
      'member',
      { action: 'orgTree', data: { rootId: 'org-zz-hq', depth: 1 } },
      ID.admin,
    );
    const items = ok(reply.body as { ok: true; data: { items: OrgNode[] } }).items;
    expect(items.map((o) => o._id)).toEqual([
      'org-zz-hq',
      ...whole
        .filter((o) => o.parentId === 'org-zz-hq')
        .sort(byName)
        .map((o) => o._id),
    ]);
    for (const node of items) expect(node.subtree).toEqual(expectedSubtree(node._id));
    expect(reply.dbOps).toBe(3);
  });

  it('depth 2 adds the grandchildren, each right after its parent', async () => {
    const items = ok(await t.call(ID.admin, 'member', 'orgTree', { depth: 2 })).items;
    expect(items).toHaveLength(whole.length);
    expect(items[0]._id).toBe('org-root');
    const zongzhi = whole.filter((o) => o.parentId === 'org-root').sort(byName);
    expect(items.map((o) => o._id)).toEqual([
      'org-root',
      ...zongzhi.flatMap((z) => [
        z._id,
        ...whole
          .filter((o) => o.parentId === z._id)
          .sort(byName)
          .map((o) => o._id),
      ]),
    ]);
    for (const node of items) expect(node.subtree).toEqual(expectedSubtree(node._id));
  });

  it('gives a member their own branch only, a leaf that is not asked below', async () => {
    const reply = await t.post('member', { action: 'orgTree', data: { depth: 3 } }, ID.member);
    const items = ok(reply.body as { ok: true; data: { items: OrgNode[] } }).items;
    expect(items.map((o) => o._id)).toEqual(['org-b-office']);
    expect(items[0].subtree).toEqual(expectedSubtree('org-b-office'));
    expect(reply.dbOps).toBe(2);
  });

  it.each([1, 2, 3])(
    'refuses an organisation outside the caller’s view at depth %i',
    async (depth) => {
      for (const [openid, rootId] of [
        [ID.member, 'org-root'],
        [ID.member, 'org-b-finance'],
        [ID.secretary, 'org-zz-hq'],
        [ID.prodAdmin, 'org-zz-hq'],
        [ID.prodAdmin, 'org-b-office'],
      ] as const) {
        const reply = await t.call(openid, 'member', 'orgTree', { rootId, depth });
        expect([openid, rootId, code(reply)]).toEqual([openid, rootId, 'FORBIDDEN']);
      }
      expect(code(await t.call(ID.visitor, 'member', 'orgTree', { depth }))).toBe(
        'UNAUTHENTICATED',
      );
    },
  );

  it.each([0, 4, 'x', 1.5, -1])('answers INVALID_ARGUMENT for depth %p', async (depth) => {
    const reply = await t.post('member', { action: 'orgTree', data: { depth } }, ID.admin);
    expect(code(reply.body as { ok: boolean; error?: { code: string } })).toBe('INVALID_ARGUMENT');
  });
});
