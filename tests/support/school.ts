import type { TestCloud } from './local-cloud';
import { sdkFor } from './sdk';

/** Reads the school's and the ledger's documents straight from a test cloud's database. */
export function schoolProbe(t: TestCloud) {
  const db = sdkFor(t.url).database();
  const get = async <T>(collection: string, id: string): Promise<T | null> => {
    const { data } = (await db.collection(collection).where({ _id: id }).get()) as unknown as {
      data: T[];
    };
    return data[0] ?? null;
  };
  return {
    db,
    get,
    year: (memberId: string, year = 2026) =>
      get<{ onlineSeconds: number; offlineHours: number; lessonsCompleted: number }>(
        'school_member_years',
        `${year}:${memberId}`,
      ),
    /** Ledger entries of a member under a rule. */
    async ledger(memberId: string, rule: string) {
      const { data } = (await db
        .collection('point_ledger')
        .where({ memberId, rule })
        .limit(100)
        .get()) as unknown as { data: { _id: string; points: number; sourceId: string }[] };
      return data;
    },
  };
}
