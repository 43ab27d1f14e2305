import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalCloud } from '../../emulator/local-cloud';
import { startAppCloud } from '../../scripts/local-cloud';
import { seedAll } from '../../seed';
import { DEMO_OPENIDS as ID } from '../../seed/demo';
import type { MyPoints } from '../../typings';
import type { MemberDoc, PointEntryDoc } from '../../typings/documents';
import { ok } from '../support/replies';
import { functionsWithAwardProbe } from '../support/points-probe';
import { sdkFor } from '../support/sdk';
import type { Sdk } from '../emulator/sdk-cloud';

/**
 * The local cloud's one clock (docs/cloudbase-protocol.md §4.5): set to a second before
 * midnight in China and moved on, the functions and the database follow it, so a daily cap
 * and a day's totals roll over exactly at 00:00 UTC+8 without waiting for it.
 */

/** The seed is built as of this morning; the tests then move the clock. */
const SEEDED_AT = '2026-12-06T10:00:00+08:00';
const LAST_SECOND = '2026-12-06T23:59:59+08:00';

let cloud: LocalCloud;
let dir: string;
let member: MemberDoc;

beforeAll(async () => {
  dir = await functionsWithAwardProbe('clock-fns-');
  cloud = await startAppCloud({
    port: 0,
    dataDir: join(dir, 'data'),
    functionsDir: join(dir, 'functions'),
    h5Dir: null,
    timers: false,
    quiet: true,
    seed: (db, secrets, now) => seedAll(db, secrets, now),
    at: SEEDED_AT,
  });
  member = cloud.db.find('members', { openid: ID.member })[0] as unknown as MemberDoc;
});
afterAll(async () => {
  await cloud.close();
  rmSync(dir, { recursive: true, force: true });
});

async function fn(name: string, body: unknown, openid?: string): Promise<unknown> {
  const res = await fetch(`${cloud.url}/fn/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(openid ? { 'x-openid': openid } : {}) },
    body: JSON.stringify(body),
  });
  return res.json();
}

/** A qualifying read of one article by the demo member, at the functions' own "now". */
const read = async (sourceId: string) =>
  (await fn('points-probe', {
    memberId: member._id,
    orgId: member.orgId,
    orgPath: member.orgPath,
    rule: 'read_article',
    sourceId,
    seconds: 45,
  })) as { awarded: number; capped: boolean };

const myPoints = async () =>
  ok((await fn('points', { action: 'me', data: {} }, ID.member)) as { ok: true; data: MyPoints });

const reading = (points: MyPoints) => points.byRule.find((r) => r.code === 'read_article');

/** The test's ledger entries as `day:points`: a read over the cap is recorded with 0. */
const entriesOfReads = () =>
  (
    cloud.db.find('point_ledger', {
      memberId: member._id,
      sourceId: { $regex: '^clock-' },
    }) as unknown as PointEntryDoc[]
  )
    .map((e) => `${e.day}:${e.points}`)
    .sort();

describe('the local cloud’s clock', () => {
  it('rolls the daily cap and the day’s totals over at 00:00 UTC+8 exactly', async () => {
    cloud.clock.set(LAST_SECOND);
    const before = await myPoints();
    // The seed writes nothing for its own day, so the cap is all there.
    expect(before.today).toBe(0);
    expect(reading(before)).toMatchObject({ today: 0, capReached: false });

    const lateReads = [];
    for (let i = 0; i < 7; i++) lateReads.push(await read(`clock-late-${i}`));
    expect(lateReads.map((r) => r.awarded)).toEqual([1, 1, 1, 1, 1, 1, 0]);
    expect(lateReads[6].capped).toBe(true);
    const capped = await myPoints();
    expect(capped.today).toBe(6);
    expect(reading(capped)).toMatchObject({ today: 6, capReached: true });
    expect(capped.year).toBe(before.year + 6);

    cloud.clock.advance(1000); // 2026-12-07 00:00:00 in China
    const nextDay = await myPoints();
    expect(nextDay.today).toBe(0);
    expect(reading(nextDay)).toMatchObject({ today: 0, capReached: false });
    expect(nextDay.year).toBe(capped.year);
    expect(nextDay.month).toBe(capped.month);

    expect((await read('clock-early-0')).awarded).toBe(1);
    const after = await myPoints();
    expect(after.today).toBe(1);
    expect(reading(after)).toMatchObject({ today: 1, capReached: false });
    expect(entriesOfReads()).toEqual([
      '20261206:0',
      ...Array<string>(6).fill('20261206:1'),
      '20261207:1',
    ]);
  });

  it('keeps a stopped clock stopped for the whole invocation, however late the function reads it', async () => {
    cloud.clock.set(LAST_SECOND);
    const seen = (await fn('points-probe', { waitMs: 1500 })) as { now: string };
    expect(seen.now).toBe(new Date(LAST_SECOND).toISOString());
  });

  it('gives the database’s server date the time it was set to, and moves it on', async () => {
    const sdk = sdkFor(cloud) as unknown as Sdk;
    const db = sdk.database();
    await db.createCollection('clock_probe');
    cloud.clock.set(LAST_SECOND);
    const { _id } = await db.collection('clock_probe').add({ data: { at: db.serverDate() } });
    const stored = cloud.db.find('clock_probe', { _id })[0] as { at: Date };
    expect(stored.at.toISOString()).toBe(new Date(LAST_SECOND).toISOString());

    // A query holding a server date reads the clock each time it is sent.
    const _ = db.command;
    const atOrBeforeNow = () =>
      db
        .collection('clock_probe')
        .where({ _id, at: _.lte(db.serverDate({ offset: -1 })) })
        .count();
    expect((await atOrBeforeNow()).total).toBe(0);
    cloud.clock.advance(1);
    expect((await atOrBeforeNow()).total).toBe(1);
  });

  it('runs on real time again once released', async () => {
    cloud.clock.release();
    const before = Date.now();
    expect(cloud.clock.now().getTime()).toBeGreaterThanOrEqual(before);
    expect(cloud.clock.frozen).toBe(false);
  });
});
