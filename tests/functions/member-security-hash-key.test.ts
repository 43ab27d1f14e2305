import { createHmac, randomBytes } from 'node:crypto';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { MemberDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { ok } from '../support/replies';
import { idNumber } from '../support/roster-sheet';
import { sdkFor } from '../support/sdk';

/**
 * Issue 11 (findings 2 and 8): the hash behind the one-entry-per-ID-number index is keyed by
 * MEMBER_HASH_KEY, a secret of its own, not by the key that seals the numbers.
 */

const keys = { data: randomBytes(32), hash: randomBytes(32) };
const saved = { data: process.env.MEMBER_DATA_KEY, hash: process.env.MEMBER_HASH_KEY };

let t: TestCloud;
let cloud: ReturnType<typeof sdkFor>;

beforeAll(async () => {
  // The local cloud takes a key set in its environment over a generated one.
  process.env.MEMBER_DATA_KEY = keys.data.toString('base64');
  process.env.MEMBER_HASH_KEY = keys.hash.toString('base64');
  t = await startTestCloud();
  cloud = sdkFor(t.url);
});
afterAll(async () => {
  await t.close();
  for (const [name, value] of [
    ['MEMBER_DATA_KEY', saved.data],
    ['MEMBER_HASH_KEY', saved.hash],
  ] as const) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
});

const fullNumber = async (id: string) =>
  ok(await t.call(ID.admin, 'member', 'reveal', { id })).idNumber as string;

async function memberDoc(id: string): Promise<MemberDoc> {
  const { data } = (await cloud.database().collection('members').doc(id).get()) as unknown as {
    data: MemberDoc;
  };
  return data;
}

describe('the ID-number index key', () => {
  it('is keyed by MEMBER_HASH_KEY, not by the sealing key, for seeded and new members', async () => {
    const hmac = (key: Buffer, id: string) =>
      createHmac('sha256', key).update(id).digest('base64url');
    const self = await t.memberId(ID.member);
    const seeded = await memberDoc(self);
    expect(seeded.idNumberKey).toBe(hmac(keys.hash, await fullNumber(self)));
    expect(seeded.idNumberKey).not.toBe(hmac(keys.data, await fullNumber(self)));

    const fresh = idNumber(77, '198806');
    const created = ok(
      await t.call(ID.secretary, 'member', 'create', {
        name: '新建索引党员',
        gender: '男',
        ethnicity: '汉族',
        birthDate: null,
        idNumber: fresh,
        education: '大学本科',
        nativePlace: '山西太原',
        phone: null,
        workStartDate: null,
        joinedDate: '2020-07-01',
        fullMemberDate: null,
        status: '预备',
        post: '职员',
        mobile: false,
        orgId: 'org-b-office',
      }),
    );
    expect((await memberDoc(created._id)).idNumberKey).toBe(hmac(keys.hash, fresh));
  });
});
