import type { MemberDoc, SchoolSettingsDoc } from '../../typings/documents';
import type { HoursSettings } from '../../typings/functions/school';
import { administeredOrgId } from '../../typings/policy';
import { COLLECTIONS } from '../_shared/collections';
import { findById } from '../_shared/db';
import { forbidden } from '../_shared/errors';
import { DEFAULT_HOURS_SETTINGS } from './rules/hours';

/** The enterprise an organisation path belongs to: its root organisation. */
export const enterpriseOf = (orgPath: string) => orgPath.split('/').filter(Boolean)[0] ?? '';

/**
 * Heartbeats and the tab read the settings at most once a minute per warm instance, so a beat
 * stays one read and one write; the pages that show 学时 against the requirement read them
 * fresh. The minute is the instance's own elapsed time, not business time.
 */
const TTL_MS = 60_000;
const cache = new Map<string, { at: number; settings: HoursSettings }>();

export async function hoursSettings(
  orgPath: string,
  { fresh }: { fresh: boolean },
): Promise<HoursSettings> {
  const _id = enterpriseOf(orgPath);
  const kept = cache.get(_id);
  if (!fresh && kept && performance.now() - kept.at < TTL_MS) return kept.settings;
  const doc = await findById<SchoolSettingsDoc>(COLLECTIONS.schoolSettings.name, _id);
  const settings: HoursSettings = doc
    ? {
        minutesPerHour: doc.minutesPerHour,
        memberHours: doc.memberHours,
        leaderHours: doc.leaderHours,
      }
    : DEFAULT_HOURS_SETTINGS;
  remember(_id, settings);
  return settings;
}

export function remember(enterpriseId: string, settings: HoursSettings): void {
  cache.set(enterpriseId, { at: performance.now(), settings });
}

/** Only the admins of the enterprise's root organisation change how it counts 学时. */
export function requireEnterpriseAdmin(member: MemberDoc): string {
  const enterprise = enterpriseOf(member.orgPath);
  if (administeredOrgId(member.roles) !== enterprise)
    throw forbidden('只有党委管理员可以设置学时标准');
  return enterprise;
}
