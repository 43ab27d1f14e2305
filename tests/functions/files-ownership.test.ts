import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { ArticleDoc, FileDoc, NoticeDoc } from '../../typings/documents';
import type { NewsActions } from '../../typings/functions/news';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { sdkFor } from '../support/sdk';
import { uploadAs } from '../support/upload';

// A file belongs to a place (an article, a notice) and to the editor it was issued to; the
// functions sign links only to a place's own files, and exports disappear once their link expires.

let t: TestCloud;
let cloud: ReturnType<typeof sdkFor>;
let db: ReturnType<ReturnType<typeof sdkFor>['database']>;
/** The 宣传委员 of 综合办公室党支部, bound for these tests. */
const PROPAGANDA = 'test-propaganda';
const LINK = /http:\/\/127\.0\.0\.1:\d+\/files\/[^"\s]+/g;

const draft = (over: Partial<NewsActions['save']['req']> = {}): NewsActions['save']['req'] => ({
  title: '支部开展主题党日活动',
  cover: null,
  summary: '支部全体党员重温入党誓词。',
  body: '<p>支部全体党员来到革命纪念馆，重温入党誓词。</p>',
  source: '综合办公室党支部',
  author: '支部宣传委员',
  columnId: 'col-news',
  scopeId: 'org-b-office',
  pinned: false,
  ...over,
});

const sending = (requestId: string, attachments: { fileID: string; name: string }[]) => ({
  requestId,
  orgId: 'org-b-office',
  title: '关于学习党章的通知',
  body: '请全体党员于本周内完成党章学习。',
  attachments,
  deadline: null,
});

const count = async (collection: string) =>
  ((await db.collection(collection).count()) as unknown as { total: number }).total;

/** An upload the server issued to `openid` for `fn`, made as the client makes it. */
async function issuedUpload(openid: string, fn: 'news' | 'notice', content: string) {
  const ext = fn === 'news' ? 'png' : 'pdf';
  const { cloudPath } = ok(await t.call(openid, fn, 'uploadTicket', { ext }));
  return uploadAs(t.url, openid, cloudPath, content);
}

async function publish(openid: string, fields: Partial<NewsActions['save']['req']>) {
  const saved = ok(await t.call(openid, 'news', 'save', draft(fields)));
  ok(await t.call(openid, 'news', 'submit', { id: saved._id }));
  // Approved by the committee above: the one who submits does not approve.
  ok(await t.call(ID.admin, 'news', 'review', { id: saved._id, approve: true }));
  return saved._id;
}

const fetchText = async (link: string) => (await fetch(link.replace(/&amp;/g, '&'))).text();

let adminExport: string;

beforeAll(async () => {
  t = await startTestCloud();
  cloud = sdkFor(t.url);
  db = cloud.database();
  await db
    .collection('members')
    .where({ orgId: 'org-b-office', 'roles.title': '宣传委员' })
    .update({ data: { openid: PROPAGANDA } });
  adminExport = ok(
    await t.call(ID.admin, 'member', 'exportRoster', { orgId: 'org-root', unmasked: true }),
  ).fileID;
});
afterAll(() => t.close());

describe('a secretary refused the unmasked roster cannot reach the admin’s export', () => {
  it('is refused the export itself', async () => {
    expect(
      code(
        await t.call(ID.secretary, 'member', 'exportRoster', {
          orgId: 'org-b-office',
          unmasked: true,
        }),
      ),
    ).toBe('FORBIDDEN');
  });

  it.each([
    ['as the cover', { cover: 'EXPORT' }],
    ['as an image in the body', { body: '<p>名册</p><img src="EXPORT">' }],
    ['as text in the body', { body: '<p>见 EXPORT</p>' }],
  ])(
    'saving a draft with the export id %s → INVALID_ARGUMENT, nothing stored',
    async (_how, over) => {
      const before = await count('news_articles');
      const fields = JSON.parse(JSON.stringify(over).replaceAll('EXPORT', adminExport)) as Partial<
        NewsActions['save']['req']
      >;
      const reply = await t.call(ID.secretary, 'news', 'save', draft(fields));
      expect(reply).toEqual({
        ok: false,
        error: {
          code: 'INVALID_ARGUMENT',
          message: '文章只能使用为本文上传的图片和视频，请重新上传',
          field: 'body',
        },
      });
      expect(await count('news_articles')).toBe(before);
    },
  );

  it('sending a notice with the export as an attachment → INVALID_ARGUMENT, nothing delivered', async () => {
    const [notices, inbox] = [await count('notices'), await count('notice_inbox')];
    const reply = await t.call(
      ID.secretary,
      'notice',
      'send',
      sending('req-export-01', [{ fileID: adminExport, name: '名册.xlsx' }]),
    );
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: '附件须为发送人为本通知上传的文件，请重新上传',
        field: 'attachments',
      },
    });
    expect([await count('notices'), await count('notice_inbox')]).toEqual([notices, inbox]);
  });

  it('an article or notice that already names it (old data) gets no link to it', async () => {
    const id = await publish(ID.secretary, {});
    await db
      .collection('news_articles')
      .doc(id)
      .update({ data: { cover: adminExport, body: `<p>名册</p><img src="${adminExport}">` } });
    for (const openid of [ID.member, ID.secretary]) {
      const read = ok(await t.call(openid, 'news', 'get', { id }));
      expect(read.cover).toBe(adminExport);
      expect(read.body.match(LINK)).toBeNull();
    }
    const feed = ok(await t.call(ID.member, 'news', 'list', {}));
    expect(feed.items.find((a) => a._id === id)?.cover).toBe(adminExport);

    const sent = ok(await t.call(ID.secretary, 'notice', 'send', sending('req-export-02', [])));
    await db
      .collection('notices')
      .doc(sent._id)
      .update({ data: { attachments: [{ fileID: adminExport, name: '名册.xlsx' }] } });
    expect(ok(await t.call(ID.member, 'notice', 'get', { id: sent._id })).attachments).toEqual([]);
  });
});

describe('an article shows only the files uploaded for it by its editors', () => {
  it('signs the editor’s own upload for its readers', async () => {
    const photo = await issuedUpload(PROPAGANDA, 'news', 'flag photo');
    const id = await publish(PROPAGANDA, { cover: photo, body: `<p>升旗</p><img src="${photo}">` });
    const read = ok(await t.call(ID.member, 'news', 'get', { id }));
    const [link] = read.body.match(LINK) ?? [];
    expect(await fetchText(link!)).toBe('flag photo');
    expect(read.cover).toMatch(LINK);
    const stored = (await db.collection('files').where({ fileID: photo }).get()) as unknown as {
      data: FileDoc[];
    };
    expect(stored.data).toMatchObject([{ place: 'news', placeId: id }]);
  });

  it('refuses another editor’s upload, even one not yet used', async () => {
    const theirs = await issuedUpload(PROPAGANDA, 'news', 'their photo');
    expect(
      code(await t.call(ID.secretary, 'news', 'save', draft({ body: `<img src="${theirs}">` }))),
    ).toBe('INVALID_ARGUMENT');
  });

  it('refuses an upload already used by another article, and one the server never issued', async () => {
    const photo = await issuedUpload(ID.secretary, 'news', 'meeting photo');
    ok(await t.call(ID.secretary, 'news', 'save', draft({ body: `<img src="${photo}">` })));
    expect(
      code(await t.call(ID.secretary, 'news', 'save', draft({ body: `<img src="${photo}">` }))),
    ).toBe('INVALID_ARGUMENT');
    const unissued = await uploadAs(t.url, ID.secretary, 'news/my-own-path.png', 'bytes');
    expect(
      code(await t.call(ID.secretary, 'news', 'save', draft({ body: `<img src="${unissued}">` }))),
    ).toBe('INVALID_ARGUMENT');
  });

  it('lets a reviewer editing the article keep its files and add their own', async () => {
    const editors = await issuedUpload(PROPAGANDA, 'news', 'editor photo');
    const saved = ok(
      await t.call(PROPAGANDA, 'news', 'save', draft({ body: `<img src="${editors}">` })),
    );
    const reviewers = await issuedUpload(ID.secretary, 'news', 'reviewer photo');
    const edited = await t.call(ID.secretary, 'news', 'save', {
      ...draft({ body: `<img src="${editors}"><img src="${reviewers}">` }),
      id: saved._id,
    });
    expect(code(edited)).toBe('OK');
    const { data } = (await db.collection('news_articles').doc(saved._id).get()) as unknown as {
      data: ArticleDoc;
    };
    expect(data.body).toContain(reviewers);
  });

  it('issues upload paths to editors only', async () => {
    expect(code(await t.call(ID.member, 'news', 'uploadTicket', { ext: 'png' }))).toBe('FORBIDDEN');
    expect(code(await t.call(ID.secretary, 'news', 'uploadTicket', { ext: 'exe' } as never))).toBe(
      'INVALID_ARGUMENT',
    );
  });
});

describe('a notice carries only its sender’s uploads for it', () => {
  it('delivers the sender’s own attachment as a working link', async () => {
    const plan = await issuedUpload(ID.secretary, 'notice', 'study plan');
    const sent = ok(
      await t.call(
        ID.secretary,
        'notice',
        'send',
        sending('req-attach-01', [{ fileID: plan, name: '学习计划.pdf' }]),
      ),
    );
    const [attachment] = ok(await t.call(ID.member, 'notice', 'get', { id: sent._id })).attachments;
    expect(attachment!.name).toBe('学习计划.pdf');
    expect(await fetchText(attachment!.url)).toBe('study plan');
    // A resent request finds the same notice and its attachment.
    expect(
      code(
        await t.call(
          ID.secretary,
          'notice',
          'send',
          sending('req-attach-01', [{ fileID: plan, name: '学习计划.pdf' }]),
        ),
      ),
    ).toBe('OK');
  });

  it('refuses an attachment sent with another notice, and an article’s image', async () => {
    const plan = await issuedUpload(ID.secretary, 'notice', 'agenda');
    ok(
      await t.call(
        ID.secretary,
        'notice',
        'send',
        sending('req-attach-02', [{ fileID: plan, name: '议程.pdf' }]),
      ),
    );
    const image = await issuedUpload(ID.secretary, 'news', 'image');
    for (const [requestId, fileID] of [
      ['req-attach-03', plan],
      ['req-attach-04', image],
    ] as const) {
      expect(
        code(
          await t.call(
            ID.secretary,
            'notice',
            'send',
            sending(requestId, [{ fileID, name: '附件.pdf' }]),
          ),
        ),
      ).toBe('INVALID_ARGUMENT');
    }
    const notices = (await db
      .collection('notices')
      .where({ title: '关于学习党章的通知' })
      .get()) as unknown as {
      data: NoticeDoc[];
    };
    expect(notices.data.every((n) => n.attachments.every((a) => a.fileID !== image))).toBe(true);
  });

  it('issues attachment paths to managers only', async () => {
    expect(code(await t.call(PROPAGANDA, 'notice', 'uploadTicket', { ext: 'pdf' }))).toBe(
      'FORBIDDEN',
    );
  });
});

describe('exports are deleted once their link has expired', () => {
  it("the member function's timer removes an export once its ten minutes are over", async () => {
    const exported = ok(
      await t.call(ID.admin, 'member', 'exportRoster', { orgId: 'org-b-office' }),
    );
    const records = async () =>
      (
        (await db.collection('files').where({ fileID: exported.fileID }).get()) as unknown as {
          data: FileDoc[];
        }
      ).data.length;
    t.cloud.clock.set(new Date(Date.now() + 9 * 60_000));
    await t.cloud.functions.runTimer('member', 'removeExpiredExports');
    expect(await records()).toBe(1);
    t.cloud.clock.advance(2 * 60_000);
    await t.cloud.functions.runTimer('member', 'removeExpiredExports');
    expect(await records()).toBe(0);
    expect((await fetch(exported.url.replace(/&amp;/g, '&'))).status).not.toBe(200);
    t.cloud.clock.release();
  });

  it('the next export removes the expired one and keeps its own', async () => {
    const first = ok(
      await t.call(ID.admin, 'points', 'exportYear', { orgId: 'org-root', year: 2026 }),
    );
    expect(await fetchText(first.url)).not.toBe('');
    // Its link's ten minutes are over.
    await db
      .collection('files')
      .where({ fileID: first.fileID })
      .update({ data: { expiresAt: new Date(Date.now() - 1000) } });

    const second = ok(await t.call(ID.admin, 'member', 'exportRoster', { orgId: 'org-b-office' }));
    const status = async (fileID: string) => {
      const { fileList } = (await cloud.getTempFileURL({ fileList: [fileID] })) as unknown as {
        fileList: { status: number }[];
      };
      return fileList[0]!.status;
    };
    expect(await status(first.fileID)).not.toBe(0);
    expect(await status(second.fileID)).toBe(0);
    expect(await count('files')).toBeGreaterThan(0);
    const left = (await db
      .collection('files')
      .where({ fileID: first.fileID })
      .get()) as unknown as {
      data: FileDoc[];
    };
    expect(left.data).toEqual([]);
  });
});
