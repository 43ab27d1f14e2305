import { rejection, startSdkCloud, type SdkCloud } from './sdk-cloud';

let env: SdkCloud;
beforeAll(async () => {
  env = await startSdkCloud();
  await env.sdk.database().createCollection('users');
  await env.sdk.database().createCollection('orders');
});
afterAll(() => env.close());

const db = () => env.sdk.database();
const users = () => db().collection('users');

beforeEach(async () => {
  await users().where({}).remove();
  await db().collection('orders').where({}).remove();
});

describe('collection.add and get', () => {
  it('adds one document and answers its generated 32-hex _id', async () => {
    const res = await users().add({ data: { name: 'a', n: 1 } });
    expect(res).toEqual({
      _id: expect.stringMatching(/^[0-9a-f]{32}$/),
      errMsg: 'collection.add:ok',
    });
  });

  it('adds a batch and answers _ids in order', async () => {
    const res = await users().add({ data: [{ n: 1 }, { _id: 'mine', n: 2 }] });
    expect(res._ids).toHaveLength(2);
    expect(res._ids[1]).toBe('mine');
    expect(res.errMsg).toBe('collection.add:ok');
  });

  it('round-trips dates, server dates, nested objects and doubles', async () => {
    const before = Date.now();
    const { _id } = await users().add({
      data: { d: new Date(5), at: db().serverDate({ offset: 1000 }), o: { a: [1, 2.5] }, s: 'x' },
    });
    const { data } = await users().doc(_id).get();
    expect(data).toMatchObject({ _id, d: new Date(5), o: { a: [1, 2.5] }, s: 'x' });
    const at = (data as { at: Date }).at.getTime();
    expect(at).toBeGreaterThanOrEqual(before + 1000);
    expect(at).toBeLessThan(Date.now() + 1001);
  });

  it('filters, sorts, skips, limits and projects', async () => {
    const _ = db().command;
    await users().add({ data: [1, 2, 3, 4, 5].map((n) => ({ n, odd: n % 2 === 1, tags: ['t'] })) });
    const res = await users()
      .where({ n: _.gt(1) })
      .orderBy('n', 'desc')
      .skip(1)
      .limit(2)
      .field({ n: true, _id: false })
      .get();
    expect(res).toEqual({ data: [{ n: 4 }, { n: 3 }], errMsg: 'collection.get:ok' });
  });

  it('projects whole fields, dotted paths and _id the way MongoDB does', async () => {
    await users().add({ data: { _id: 'p', name: 'a', body: 'long', o: { x: 1, y: 2 } } });
    const get = async (projection: object) =>
      (await users().where({ _id: 'p' }).field(projection).get()).data[0];
    expect(await get({ body: false })).toEqual({ _id: 'p', name: 'a', o: { x: 1, y: 2 } });
    expect(await get({ name: true })).toEqual({ _id: 'p', name: 'a' });
    expect(await get({ name: true, _id: false })).toEqual({ name: 'a' });
    expect(await get({ _id: false })).toEqual({ name: 'a', body: 'long', o: { x: 1, y: 2 } });
    expect(await get({ 'o.y': true })).toEqual({ _id: 'p', o: { y: 2 } });
  });

  it('answers the same query and projection afresh after the document changes', async () => {
    await users().add({ data: { _id: 'c', n: 1, body: 'x' } });
    const read = () => users().where({ _id: 'c' }).field({ body: false }).get();
    expect((await read()).data).toEqual([{ _id: 'c', n: 1 }]);
    await users()
      .doc('c')
      .update({ data: { n: 2 } });
    expect((await read()).data).toEqual([{ _id: 'c', n: 2 }]);
    await users().doc('c').remove();
    expect((await read()).data).toEqual([]);
  });

  it('matches regexes and dot paths', async () => {
    await users().add({
      data: [
        { name: 'Alice', profile: { city: 'sz' } },
        { name: 'bob', profile: { city: 'bj' } },
      ],
    });
    const byRegex = await users()
      .where({ name: db().RegExp({ regexp: '^al', options: 'i' }) })
      .get();
    expect(byRegex.data.map((d) => d.name)).toEqual(['Alice']);
    const byPath = await users()
      .where({ profile: { city: 'bj' } })
      .get();
    expect(byPath.data.map((d) => d.name)).toEqual(['bob']);
    const byDot = await users().where({ 'profile.city': 'sz' }).count();
    expect(byDot).toEqual({ total: 1, errMsg: 'collection.count:ok' });
  });

  it('answers 100 documents by default and 1000 at most', async () => {
    await users().add({ data: Array.from({ length: 1100 }, (_, i) => ({ i })) });
    expect((await users().get()).data).toHaveLength(100);
    expect((await users().limit(1000).get()).data).toHaveLength(1000);
  });
});

describe('document operations', () => {
  it('doc.get of a missing document fails as the SDK reports it', async () => {
    const e = await rejection(users().doc('nope').get());
    expect(e.errCode).toBe(-1);
    expect(e.errMsg).toBe('document.get:fail document with _id nope does not exist');
  });

  it('doc.update applies operators and counts the update', async () => {
    const _ = db().command;
    const { _id } = await users().add({
      data: { n: 1, tags: ['a'], gone: 1, obj: { x: 1, y: 2 } },
    });
    const res = await users()
      .doc(_id)
      .update({
        data: {
          n: _.inc(2),
          tags: _.push({ each: ['c', 'b'], position: 0 }),
          gone: _.remove(),
          obj: { y: 3 },
          when: db().serverDate(),
        },
      });
    expect(res).toEqual({ stats: { updated: 1 }, errMsg: 'document.update:ok' });
    const { data } = await users().doc(_id).get();
    expect(data).toMatchObject({ _id, n: 3, tags: ['c', 'b', 'a'], obj: { x: 1, y: 3 } });
    expect(data).not.toHaveProperty('gone');
    expect((data as { when: unknown }).when).toBeInstanceOf(Date);
  });

  it('supports the other update operators', async () => {
    const _ = db().command;
    const { _id } = await users().add({
      data: { a: [1, 2, 3, 3], b: 2, c: 5, d: 5, s: ['x'], p: [1, 2], old: 1 },
    });
    await users()
      .doc(_id)
      .update({
        data: {
          a: _.pull(3),
          b: _.mul(3),
          c: _.min(1),
          d: _.max(9),
          s: _.addToSet('x'),
          p: _.pop(),
          old: _.rename('renamed'),
        },
      });
    const { data } = await users().doc(_id).get();
    expect(data).toEqual({ _id, a: [1, 2], b: 6, c: 1, d: 9, s: ['x'], p: [1], renamed: 1 });
  });

  it('where.update updates every match, multi false only one', async () => {
    const _ = db().command;
    await users().add({
      data: [
        { g: 1, n: 0 },
        { g: 1, n: 0 },
        { g: 2, n: 0 },
      ],
    });
    const all = await users()
      .where({ g: 1 })
      .update({ data: { n: _.inc(1) } });
    expect(all).toEqual({ stats: { updated: 2 }, errMsg: 'collection.update:ok' });
    expect((await users().where({ n: 1 }).count()).total).toBe(2);
    const one = await users()
      .where({ g: 1 })
      .update({ data: { n: _.inc(1) }, multi: false });
    expect(one.stats.updated).toBe(1);
    expect((await users().where({ n: 2 }).count()).total).toBe(1);
  });

  it('doc.set replaces an existing document and creates a missing one', async () => {
    const { _id } = await users().add({ data: { a: 1, b: 2 } });
    const replaced = await users()
      .doc(_id)
      .set({ data: { c: 3 } });
    expect(replaced).toEqual({ _id, stats: { updated: 1, created: 0 }, errMsg: 'document.set:ok' });
    expect((await users().doc(_id).get()).data).toEqual({ _id, c: 3 });
    const created = await users()
      .doc('new-one')
      .set({ data: { d: 4 } });
    expect(created).toEqual({
      _id: 'new-one',
      stats: { updated: 0, created: 1 },
      errMsg: 'document.set:ok',
    });
    expect((await users().doc('new-one').get()).data).toEqual({ _id: 'new-one', d: 4 });
  });

  it('doc.remove and where.remove answer how many were removed', async () => {
    const { _id } = await users().add({ data: { g: 1 } });
    await users().add({ data: [{ g: 2 }, { g: 2 }] });
    expect(await users().doc(_id).remove()).toEqual({
      stats: { removed: 1 },
      errMsg: 'document.remove:ok',
    });
    expect(await users().where({ g: 2 }).remove()).toEqual({
      stats: { removed: 2 },
      errMsg: 'collection.remove:ok',
    });
    expect((await users().count()).total).toBe(0);
  });
});

describe('aggregate', () => {
  it('runs $match $group $sort $skip $limit $project', async () => {
    const $ = db().command.aggregate;
    await users().add({
      data: [
        { city: 'sz', p: 1 },
        { city: 'sz', p: 4 },
        { city: 'bj', p: 2 },
        { city: 'sh', p: 9 },
      ],
    });
    const res = await users()
      .aggregate()
      .match({ p: db().command.gte(1) })
      .group({ _id: '$city', total: $.sum('$p'), n: $.sum(1) })
      .sort({ total: -1 })
      .skip(1)
      .limit(2)
      .project({ _id: 0, city: '$_id', total: 1 })
      .end();
    expect(res).toEqual({
      list: [
        { city: 'sz', total: 5 },
        { city: 'bj', total: 2 },
      ],
      errMsg: 'collection.aggregate:ok',
    });
  });

  it('joins with $lookup, flattens with $unwind and counts with $count', async () => {
    await users().add({
      data: [
        { _id: 'u1', name: 'a' },
        { _id: 'u2', name: 'b' },
      ],
    });
    await db()
      .collection('orders')
      .add({
        data: [
          { uid: 'u1', amount: 3 },
          { uid: 'u1', amount: 4 },
        ],
      });
    const joined = await users()
      .aggregate()
      .lookup({ from: 'orders', localField: '_id', foreignField: 'uid', as: 'orders' })
      .unwind('$orders')
      .project({ _id: 0, name: 1, amount: '$orders.amount' })
      .end();
    expect(joined.list).toEqual([
      { name: 'a', amount: 3 },
      { name: 'a', amount: 4 },
    ]);
    const counted = await users().aggregate().match({ name: 'b' }).count('n').end();
    expect(counted.list).toEqual([{ n: 1 }]);
  });
});

describe('errors', () => {
  it('a duplicate _id is DATABASE_REQUEST_FAILED with E11000', async () => {
    await users().add({ data: { _id: 'dup' } });
    const e = await rejection(users().add({ data: { _id: 'dup' } }));
    expect(e.errCode).toBe(-502001);
    expect(e.errMsg).toContain('E11000 duplicate key error');
  });

  it('an unknown operator is -502002', async () => {
    const e = await rejection(
      users()
        .where({ n: { $nope: 1 } })
        .get(),
    );
    expect(e.errCode).toBe(-502002);
  });

  it('a collection never created is -502005', async () => {
    const e = await rejection(
      db()
        .collection('never')
        .add({ data: { a: 1 } }),
    );
    expect(e.errCode).toBe(-502005);
  });

  it('creating an existing collection fails with Table exist', async () => {
    const e = await rejection(db().createCollection('users'));
    expect(e.errMsg).toBe('createCollection:fail Table exist');
  });
});

describe('unique indexes', () => {
  it('reject duplicates on insert, update and set', async () => {
    env.cloud.db.provision([
      { name: 'codes', indexes: [{ name: 'code', keys: { code: 1 }, unique: true }] },
    ]);
    const codes = db().collection('codes');
    await codes.add({ data: { _id: 'a', code: 'x' } });
    await codes.add({ data: { _id: 'b', code: 'y' } });
    expect((await rejection(codes.add({ data: { code: 'x' } }))).errMsg).toContain('E11000');
    expect((await rejection(codes.doc('b').update({ data: { code: 'x' } }))).errCode).toBe(-502001);
    expect((await rejection(codes.doc('c').set({ data: { code: 'x' } }))).errCode).toBe(-502001);
    expect((await codes.doc('b').get()).data).toEqual({ _id: 'b', code: 'y' });
    await codes.doc('a').update({ data: { code: 'z' } });
    await codes.doc('b').update({ data: { code: 'x' } });
    expect((await codes.where({ code: 'x' }).get()).data).toEqual([{ _id: 'b', code: 'x' }]);
  });
});

describe('updates and the indexes they touch', () => {
  it('moves an entry whose nested key changed and keeps the others in place', async () => {
    env.cloud.db.provision([
      {
        name: 'ranked',
        indexes: [
          { name: 'level', keys: { 'profile.level': 1 } },
          { name: 'group', keys: { group: 1, n: -1 } },
        ],
      },
    ]);
    const _ = db().command;
    const ranked = db().collection('ranked');
    await ranked.add({
      data: [
        { _id: 'a', group: 'g', n: 1, profile: { level: 1, tags: ['x'] } },
        { _id: 'b', group: 'g', n: 2, profile: { level: 1, tags: ['y'] } },
      ],
    });
    await ranked.doc('a').update({ data: { 'profile.level': _.inc(2), n: _.inc(5) } });
    await ranked.doc('b').update({ data: { profile: { tags: _.push('z') } } });
    await ranked.doc('b').update({ data: { extra: _.inc(1) } });

    const ids = async (query: object, field: string, dir: 'asc' | 'desc' = 'asc') =>
      (await ranked.where(query).orderBy(field, dir).get()).data.map((d) => d._id);
    expect(await ids({ 'profile.level': 1 }, 'profile.level')).toEqual(['b']);
    expect(await ids({ 'profile.level': 3 }, 'profile.level')).toEqual(['a']);
    expect(await ids({ group: 'g' }, 'n', 'desc')).toEqual(['a', 'b']);
    expect((await ranked.doc('b').get()).data).toEqual({
      _id: 'b',
      group: 'g',
      n: 2,
      extra: 1,
      profile: { level: 1, tags: ['y', 'z'] },
    });
  });

  it('renames into a nested field and moves its index entry', async () => {
    env.cloud.db.provision([
      { name: 'boxes', indexes: [{ name: 'moved', keys: { 'box.moved': 1 } }] },
    ]);
    const _ = db().command;
    const boxes = db().collection('boxes');
    await boxes.add({ data: { _id: 'r', old: 5, box: { kept: true } } });
    await boxes.doc('r').update({ data: { old: _.rename('box.moved') } });
    expect((await boxes.doc('r').get()).data).toEqual({ _id: 'r', box: { kept: true, moved: 5 } });
    expect((await boxes.where({ 'box.moved': 5 }).get()).data.map((d) => d._id)).toEqual(['r']);
  });
});
