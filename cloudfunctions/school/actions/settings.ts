import type { SchoolSettingsDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { action } from '../../_shared/router';
import { hoursSettings, remember, requireEnterpriseAdmin } from '../settings';

/** How the enterprise counts 学时, for its admins' settings page. */
export const hoursSettingsAction = action('school', 'hoursSettings', {
  async handler(_data, caller) {
    const admin = requireMember(caller);
    requireEnterpriseAdmin(admin);
    return hoursSettings(admin.orgPath, { fresh: true });
  },
});

/**
 * Sets the minutes of a 学时 and the yearly requirements (docs/domain.md §7.1, §7.2). Verified
 * time is kept in seconds, so every figure from now on converts the year's time by the new
 * setting; offline 学时 and points already awarded stay as they are.
 */
export const saveHoursSettings = action('school', 'saveHoursSettings', {
  async handler(settings, caller) {
    const admin = requireMember(caller);
    const _id = requireEnterpriseAdmin(admin);
    const doc: Omit<SchoolSettingsDoc, '_id'> = {
      ...settings,
      updatedBy: admin._id,
      updatedAt: clock.now(),
    };
    await db.collection(COLLECTIONS.schoolSettings.name).doc(_id).set({ data: doc });
    remember(_id, settings);
    return settings;
  },
});
