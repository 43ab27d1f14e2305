import { DEMO_OPENIDS } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';

let t: TestCloud;
beforeAll(async () => {
  t = await startTestCloud();
});
afterAll(() => t.close());

describe('member.me', () => {
  it('returns a bound member with their branch and no roles', async () => {
    const reply = await t.call(DEMO_OPENIDS.member, 'member', 'me', {});
    expect(reply.ok).toBe(true);
    if (!reply.ok || !reply.data.bound) throw new Error('expected a bound member');
    expect(reply.data.org).toEqual({
      _id: 'org-b-office',
      name: '综合办公室党支部',
      type: '党支部',
    });
    expect(reply.data.member.orgId).toBe('org-b-office');
    expect(reply.data.member.name).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
    expect(reply.data.roles).toEqual([]);
  });

  it('gives the secretary the 支部书记 role of their branch', async () => {
    const reply = await t.call(DEMO_OPENIDS.secretary, 'member', 'me', {});
    if (!reply.ok || !reply.data.bound) throw new Error('expected a bound member');
    expect(reply.data.roles).toEqual([
      {
        code: 'secretary',
        title: '支部书记',
        orgId: 'org-b-office',
        orgPath: '/org-root/org-zz-hq/org-b-office/',
      },
    ]);
  });

  it('gives the committee admin the whole 党委', async () => {
    const reply = await t.call(DEMO_OPENIDS.admin, 'member', 'me', {});
    if (!reply.ok || !reply.data.bound) throw new Error('expected a bound member');
    expect(reply.data.roles).toContainEqual(
      expect.objectContaining({ code: 'org_admin', orgId: 'org-root', orgPath: '/org-root/' }),
    );
  });

  it('answers {bound:false} for a WeChat user with no member record', async () => {
    expect(await t.call(DEMO_OPENIDS.visitor, 'member', 'me', {})).toEqual({
      ok: true,
      data: { bound: false },
    });
  });

  it('refuses a call that carries no WeChat identity', async () => {
    const reply = await t.call(null, 'member', 'me', {});
    expect(reply).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'UNAUTHENTICATED' }),
    });
  });

  it('never sends protected fields or the openid to the client', async () => {
    const { body } = await t.post('member', { action: 'me', data: {} }, DEMO_OPENIDS.member);
    const text = JSON.stringify(body);
    for (const key of ['idNumberEnc', 'phoneEnc', 'openid', 'demo-member'])
      expect(text).not.toContain(key);
  });

  it('ignores an openid smuggled into the event', async () => {
    const reply = await t.post(
      'member',
      { action: 'me', data: {}, openid: DEMO_OPENIDS.admin },
      DEMO_OPENIDS.visitor,
    );
    expect(reply.body).toEqual({ ok: true, data: { bound: false } });
  });
});

describe('malformed requests to member', () => {
  const cases: [string, unknown, string | undefined][] = [
    ['no action', { data: {} }, 'action'],
    ['an empty action', { action: '', data: {} }, 'action'],
    ['an action that is not a string', { action: 7 }, 'action'],
    ['an unknown action', { action: 'dropDatabase', data: {} }, 'action'],
    ['an inherited property as action', { action: 'constructor', data: {} }, 'action'],
    ['data of the wrong type', { action: 'me', data: 5 }, undefined],
    ['an unexpected field', { action: 'me', data: { openid: 'x' } }, 'openid'],
  ];

  it.each(cases)(
    'answers INVALID_ARGUMENT for %s, without a stack trace',
    async (_name, body, field) => {
      const { body: reply } = await t.post('member', body, DEMO_OPENIDS.member);
      if (reply.ok) throw new Error('expected a refusal');
      expect(reply.error.code).toBe('INVALID_ARGUMENT');
      expect(reply.error.field).toBe(field);
      expect(reply.error.message).toMatch(/[\u4e00-\u9fa5]/);
      expect(JSON.stringify(reply)).not.toMatch(/\bat \S+ \(|Error:|node_modules|index\.js/);
    },
  );

  it('answers INVALID_ARGUMENT for a body that is not JSON', async () => {
    const { status, body } = await t.post('member', '{not json', DEMO_OPENIDS.member);
    expect(status).toBe(400);
    expect(body).toEqual({
      ok: false,
      error: expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    });
  });
});
