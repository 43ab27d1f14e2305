import { rejection, startSdkCloud, type SdkCloud } from './sdk-cloud';

let env: SdkCloud;
beforeAll(async () => {
  env = await startSdkCloud();
  await env.sdk.database().createCollection('accounts');
});
afterAll(() => env.close());

const db = () => env.sdk.database();
const accounts = () => db().collection('accounts');

beforeEach(async () => {
  await accounts().where({}).remove();
  await accounts().add({
    data: [
      { _id: 'a', balance: 100 },
      { _id: 'b', balance: 0 },
    ],
  });
});

const balance = async (id: string) =>
  ((await accounts().doc(id).get()).data as { balance: number }).balance;

describe('transactions', () => {
  it('runTransaction commits every write at once', async () => {
    const _ = db().command;
    const result = await db().runTransaction(async (t) => {
      const a = await t.collection('accounts').doc('a').get();
      await t
        .collection('accounts')
        .doc('a')
        .update({ data: { balance: _.inc(-30) } });
      await t
        .collection('accounts')
        .doc('b')
        .update({ data: { balance: _.inc(30) } });
      await t.collection('accounts').add({ data: { _id: 'log', from: 'a' } });
      // Before commit nobody else sees the writes.
      expect(await balance('a')).toBe(100);
      return (a.data as { balance: number }).balance;
    });
    expect(result).toBe(100);
    expect([await balance('a'), await balance('b')]).toEqual([70, 30]);
    expect((await accounts().doc('log').get()).data).toEqual({ _id: 'log', from: 'a' });
  });

  it('reads its own writes inside the transaction', async () => {
    await db().runTransaction(async (t) => {
      await t
        .collection('accounts')
        .doc('a')
        .update({ data: { balance: 1 } });
      const seen = await t.collection('accounts').doc('a').get();
      expect(seen.data).toEqual({ _id: 'a', balance: 1 });
      await t.collection('accounts').doc('b').remove();
    });
    expect(await balance('a')).toBe(1);
    expect((await rejection(accounts().doc('b').get())).errCode).toBe(-1);
  });

  it('a throw in the callback rolls back', async () => {
    const e = await rejection(
      db().runTransaction(async (t) => {
        await t
          .collection('accounts')
          .doc('a')
          .update({ data: { balance: 0 } });
        throw new Error('no');
      }),
    );
    expect(e.message).toBe('no');
    expect(await balance('a')).toBe(100);
  });

  it('t.rollback discards the writes and rejects with the reason', async () => {
    const e = await rejection(
      db().runTransaction(async (t) => {
        await t
          .collection('accounts')
          .doc('a')
          .update({ data: { balance: 0 } });
        await t.rollback('custom-reason');
      }),
    );
    expect(e).toBe('custom-reason');
    expect(await balance('a')).toBe(100);
  });

  it('a write by someone else makes commit conflict, and runTransaction retries', async () => {
    let attempts = 0;
    await db().runTransaction(async (t) => {
      attempts++;
      const a = (await t.collection('accounts').doc('a').get()).data as { balance: number };
      if (attempts === 1)
        await accounts()
          .doc('a')
          .update({ data: { balance: 500 } });
      await t
        .collection('accounts')
        .doc('a')
        .update({ data: { balance: a.balance + 1 } });
    });
    expect(attempts).toBe(2);
    expect(await balance('a')).toBe(501);
  });

  it('startTransaction gives a conflict to the later of two writers of one document', async () => {
    const t1 = await db().startTransaction();
    const t2 = await db().startTransaction();
    await t1
      .collection('accounts')
      .doc('a')
      .update({ data: { balance: 1 } });
    await t2
      .collection('accounts')
      .doc('a')
      .update({ data: { balance: 2 } });
    await t1.commit();
    const e = await rejection(t2.commit());
    expect(e.code).toBe('DATABASE_TRANSACTION_CONFLICT');
    expect(await balance('a')).toBe(1);
  });
});
