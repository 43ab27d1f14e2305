import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import { startTestCloud, type TestCloud } from '../support/local-cloud';
import { code, ok } from '../support/replies';
import { taintedJpeg } from '../support/tainted-jpeg';
import { uploadAs } from '../support/upload';

/**
 * docs/domain.md §8.3: an anonymous letter survives a look at everything the cloud stores. The
 * test sends one with a photo as demo-member and reads every document of every collection,
 * every storage file and its metadata, and every line the functions and the gateway print
 * during the send: nothing created or changed by it holds the member's OPENID, id, name or
 * phone, nor an unkeyed hash of them.
 */

let t: TestCloud;
let me: { _id: string; name: string; phone: string };

type Snapshot = Map<string, string>;

/** Every document of every collection, as JSON, by `collection/_id`. */
function databaseRows(): Snapshot {
  const rows: Snapshot = new Map();
  for (const name of t.cloud.db.collectionNames()) {
    for (const doc of t.cloud.db.find(name))
      rows.set(`${name}/${String(doc._id)}`, JSON.stringify(doc));
  }
  return rows;
}

/** Every storage file's bytes (as latin1) and every row of storage's metadata. */
function storageRows(): Snapshot {
  const rows: Snapshot = new Map();
  const dir = join(t.dataDir, 'storage');
  const walk = (at: string) => {
    for (const entry of readdirSync(at)) {
      const path = join(at, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (!/meta\.db/.test(entry)) rows.set(`file:${path}`, readFileSync(path, 'latin1'));
    }
  };
  walk(dir);
  const meta = new Database(join(dir, 'meta.db'), { readonly: true });
  for (const table of meta.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
    name: string;
  }[]) {
    for (const row of meta.prepare(`SELECT * FROM "${table.name}"`).all())
      rows.set(`meta:${table.name}:${JSON.stringify(row)}`, JSON.stringify(row));
  }
  meta.close();
  return rows;
}

const changedSince = (before: Snapshot, after: Snapshot) =>
  [...after]
    .filter(([key, value]) => before.get(key) !== value)
    .map(([key, value]) => `${key} ${value}`);

/** Each value, and its unkeyed hashes as a database might hold them. */
function needles(values: string[]): string[] {
  return values.flatMap((v) => [
    v,
    ...['md5', 'sha1', 'sha256', 'sha512'].flatMap((alg) => [
      createHash(alg).update(v).digest('hex'),
      createHash(alg).update(v).digest('base64'),
    ]),
  ]);
}

beforeAll(async () => {
  t = await startTestCloud({ at: '2026-12-07T10:00:00+08:00' });
  const self = ok(await t.call(ID.member, 'member', 'me', {}));
  if (!self.bound) throw new Error('demo-member 未绑定');
  const numbers = ok(await t.call(ID.admin, 'member', 'reveal', { id: self.member._id }));
  me = { _id: self.member._id, name: self.member.name, phone: numbers.phone ?? '' };
  expect(me.phone).toMatch(/^1\d{10}$/);
});
afterAll(() => t.close());

describe('an anonymous letter with a photo', () => {
  let ticket: string;
  let original: string;
  let printed: string[];
  let created: string[];

  beforeAll(async () => {
    const { cloudPath } = ok(await t.call(ID.member, 'mailbox', 'uploadTicket', { ext: 'jpg' }));
    original = await uploadAs(t.url, ID.member, cloudPath, taintedJpeg(`${me.name} ${ID.member}`));
    const before = { db: databaseRows(), storage: storageRows() };

    printed = [];
    const capture = (stream: NodeJS.WriteStream) => {
      const write = stream.write.bind(stream);
      return jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown, ...rest: never[]) => {
        printed.push(String(chunk));
        return write(chunk as string, ...rest);
      }) as typeof stream.write);
    };
    const spies = [capture(process.stdout), capture(process.stderr)];
    const consoles = (['log', 'info', 'warn', 'error'] as const).map((level) =>
      jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
        printed.push(args.map(String).join(' '));
      }),
    );
    t.cloud.functions.options.quiet = false;
    try {
      const sent = ok(
        await t.call(ID.member, 'mailbox', 'send', {
          to: 'branch',
          text: '食堂最近中午的菜经常不够，晚去的同事只剩米饭，希望能改进。',
          anonymous: true,
          photos: [original],
        }),
      );
      ticket = sent.ticket ?? '';
    } finally {
      t.cloud.functions.options.quiet = true;
      for (const spy of [...spies, ...consoles]) spy.mockRestore();
    }
    const after = { db: databaseRows(), storage: storageRows() };
    created = [
      ...changedSince(before.db, after.db),
      ...changedSince(before.storage, after.storage),
    ];
  });

  it('answers a ticket of at least 16 random digits', () => {
    expect(ticket).toMatch(/^\d{16,}$/);
  });

  it('stores the letter and its photo', () => {
    expect(created.some((row) => row.startsWith('mailbox_letters/'))).toBe(true);
    expect(created.filter((row) => row.startsWith('file:'))).toHaveLength(1);
  });

  it('leaves nothing that names the writer in any collection, file, metadata or log', () => {
    const found = needles([ID.member, me._id, me.name, me.phone]).filter((needle) =>
      [...created, ...printed].some((row) => row.includes(needle)),
    );
    expect(found).toEqual([]);
  });

  it('keeps no time of day, and no metadata in the stored photo', () => {
    const letter = created.find((row) => row.startsWith('mailbox_letters/')) ?? '';
    expect(letter).not.toMatch(/\d{2}:\d{2}/);
    const photo = created.find((row) => row.startsWith('file:')) ?? '';
    expect(photo).not.toMatch(/Exif|xmpmeta|GPS|owner/);
  });

  it('deletes the upload, whose metadata named its uploader', async () => {
    expect(await t.cloud.storage.info(original)).toBeUndefined();
  });

  it('opens with the ticket, replies included; a wrong ticket opens nothing', async () => {
    const letters = ok(await t.call(ID.secretary, 'mailbox', 'inbox', {})).items;
    const letterId = letters.find((l) => l.anonymous && l.preview.startsWith('食堂'))?._id ?? '';
    ok(
      await t.call(ID.secretary, 'mailbox', 'reply', {
        letterId,
        text: '已经和食堂沟通，下周起加量。',
      }),
    );
    const seen = ok(await t.call(ID.member2, 'mailbox', 'byTicket', { ticket }));
    expect(seen).toMatchObject({ anonymous: true, writerName: null, status: '已答复' });
    expect(seen.replies.map((r) => r.text)).toEqual(['已经和食堂沟通，下周起加量。']);
    expect(seen.photos).toHaveLength(1);
    const wrong = `${ticket.slice(0, -1)}${(Number(ticket.slice(-1)) + 1) % 10}`;
    expect(code(await t.call(ID.member2, 'mailbox', 'byTicket', { ticket: wrong }))).toBe(
      'NOT_FOUND',
    );
  });
});
