import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { LetterDoc } from '../../typings/documents';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { taintedJpeg } from '../support/tainted-jpeg';
import { uploadAs } from '../support/upload';

/**
 * docs/domain.md §8.5: answers reach the writer — with photos taken in like a letter's, and for
 * a named writer who accepted it, a subscribe message; an anonymous writer never gets one, as
 * nothing stored leads to them.
 */

let t: TestCloud;
let templateId: string;

const letter = (anonymous: boolean) => ({
  to: 'branch' as const,
  text: '宿舍楼的热水每天晚上九点就停了，加班回来洗不上澡。',
  anonymous,
});
const stored = (id: string) =>
  t.cloud.db.find('mailbox_letters', { _id: id })[0] as unknown as LetterDoc;

async function photo(openid: string, secret: string): Promise<string> {
  const { cloudPath } = ok(await t.call(openid, 'mailbox', 'uploadTicket', { ext: 'jpg' }));
  return uploadAs(t.url, openid, cloudPath, taintedJpeg(secret));
}

/** The writer accepts one message in WeChat's dialog, and says so to the function. */
async function accept(openid: string): Promise<void> {
  t.cloud.openapi.setQuota(openid, templateId, t.cloud.openapi.quota(openid, templateId) + 1);
  ok(await t.call(openid, 'mailbox', 'subscribeReplies', { accepted: true }));
}

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-07T10:00:00+08:00' });
  ({ templateId } = ok(await t.call(ID.member, 'mailbox', 'replyTemplate', {})));
});
afterAll(() => t.close());

describe('a subscribe message when the answer comes', () => {
  beforeEach(() => t.cloud.openapi.clearOutbox());

  it('tells a named writer who accepted it, without the letter or the answer in it', async () => {
    const { letterId } = ok(await t.call(ID.member, 'mailbox', 'send', letter(false)));
    await accept(ID.member);
    ok(await t.call(ID.secretary, 'mailbox', 'reply', { letterId, text: '已协调延长到十一点。' }));
    const sent = t.cloud.openapi.outbox();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      touser: ID.member,
      templateId,
      page: `packages/mailbox/thread/index?id=${letterId}`,
      data: { phrase2: { value: '已答复' }, date3: { value: '2026-12-07' } },
    });
    expect(JSON.stringify(sent[0].data)).not.toMatch(/热水|十一点/);
  });

  it('sends nothing more once the accepted message is used', async () => {
    const { letterId } = ok(
      await t.call(ID.member, 'mailbox', 'send', {
        ...letter(false),
        requestId: 'named-second-01',
      }),
    );
    ok(await t.call(ID.secretary, 'mailbox', 'reply', { letterId, text: '已转后勤处理。' }));
    expect(t.cloud.openapi.outbox()).toEqual([]);
  });

  it('never tells an anonymous writer, even one who accepted messages', async () => {
    const { letterId } = ok(await t.call(ID.member, 'mailbox', 'send', letter(true)));
    await accept(ID.member);
    ok(await t.call(ID.secretary, 'mailbox', 'reply', { letterId, text: '已协调延长。' }));
    expect(t.cloud.openapi.outbox()).toEqual([]);
    expect(ok(await t.call(ID.member, 'mailbox', 'subscribeReplies', { accepted: false }))).toEqual(
      {
        quota: 1,
      },
    );
  });

  it('keeps the answer when WeChat refuses the message, and zeroes the ledger', async () => {
    const { letterId } = ok(
      await t.call(ID.member, 'mailbox', 'send', {
        ...letter(false),
        requestId: 'named-refused-1',
      }),
    );
    t.cloud.openapi.setQuota(ID.member, templateId, 0);
    ok(await t.call(ID.secretary, 'mailbox', 'reply', { letterId, text: '已经安排。' }));
    expect(stored(letterId).status).toBe('已答复');
    expect(t.cloud.openapi.outbox()).toEqual([]);
    expect(ok(await t.call(ID.member, 'mailbox', 'subscribeReplies', { accepted: false }))).toEqual(
      {
        quota: 0,
      },
    );
  });
});

describe('an answer with photos', () => {
  let letterId: string;
  let ticket: string;
  let uploads: string[];

  beforeAll(async () => {
    ({ letterId, ticket = '' } = ok(
      await t.call(ID.member, 'mailbox', 'send', {
        to: 'branch',
        text: '仓库门口的路灯坏了，晚上搬货看不清。',
        anonymous: true,
      }),
    ));
  });

  it('refuses more than nine photos, and files not uploaded to the mailbox, storing nothing', async () => {
    const many = Array.from({ length: 10 }, (_, i) => `cloud://env/mailbox/in/${i}.jpg`);
    const refusals = await Promise.all([
      t.call(ID.secretary, 'mailbox', 'reply', { letterId, text: '已修好。', photos: many }),
      t.call(ID.secretary, 'mailbox', 'reply', {
        letterId,
        text: '已修好。',
        photos: ['cloud://env/news/x.jpg'],
      }),
    ]);
    expect(refusals.map((r) => (r.ok ? null : r.error))).toMatchObject([
      { code: 'INVALID_ARGUMENT', field: 'photos' },
      { code: 'INVALID_ARGUMENT', field: 'photos.0' },
    ]);
    expect(stored(letterId).replies).toEqual([]);
  });

  it('takes the photos in at server paths and deletes the uploads', async () => {
    uploads = [
      await photo(ID.secretary, 'GPS of the secretary'),
      await photo(ID.secretary, 'GPS of the secretary'),
    ];
    ok(
      await t.call(ID.secretary, 'mailbox', 'reply', {
        letterId,
        text: '路灯已经换好了，见照片。',
        photos: uploads,
      }),
    );
    const [answer] = stored(letterId).replies;
    expect(answer.photos).toHaveLength(2);
    for (const fileID of answer.photos)
      expect(fileID).toMatch(new RegExp(`/mailbox/letters/${letterId}/`));
    for (const upload of uploads) expect(await t.cloud.storage.info(upload)).toBeUndefined();
  });

  it('hands the writer short-lived links through the ticket, to pictures without metadata', async () => {
    const seen = ok(await t.call(ID.member, 'mailbox', 'byTicket', { ticket }));
    expect(seen.replies[0].photos).toHaveLength(2);
    const [url] = seen.replies[0].photos;
    const picture = await fetch(url);
    expect(picture.status).toBe(200);
    expect(Buffer.from(await picture.arrayBuffer()).toString('latin1')).not.toMatch(
      /Exif|xmpmeta|GPS|owner/,
    );
    t.cloud.clock.advance(11 * 60 * 1000);
    expect((await fetch(url)).status).not.toBe(200);
  });

  it('shows them to no one the letter is not for', async () => {
    expect(code(await t.call(ID.admin, 'mailbox', 'open', { letterId }))).toBe('FORBIDDEN');
  });
});

describe('an answer sent again', () => {
  it('is stored once, whether resent after a lost reply or sent five times at once', async () => {
    t.cloud.clock.advance(24 * 60 * 60 * 1000); // a new day: the writer's five letters a day
    const { letterId } = ok(await t.call(ID.member, 'mailbox', 'send', letter(false)));
    const first = { letterId, text: '已请后勤延长供水时间。', requestId: 'answer-once-01' };
    ok(await t.call(ID.secretary, 'mailbox', 'reply', first));
    expect(ok(await t.call(ID.secretary, 'mailbox', 'reply', first)).replies).toHaveLength(1);

    const second = { letterId, text: '后勤答复：下周起供到十一点。', requestId: 'answer-once-02' };
    const answers = await Promise.all(
      Array.from({ length: 5 }, () => t.call(ID.secretary, 'mailbox', 'reply', second)),
    );
    for (const answer of answers) ok(answer);
    expect(stored(letterId).replies.map((r) => r.text)).toEqual([first.text, second.text]);
  });
});
