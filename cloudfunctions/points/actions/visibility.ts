import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { action } from '../../_shared/router';

/** Opting in (or out) of appearing by name in member rankings; nobody is listed by name by default. */
export const setVisibility = action('points', 'setVisibility', {
  async handler({ visible }, caller) {
    const member = requireMember(caller);
    await db
      .collection(COLLECTIONS.pointPrefs.name)
      .doc(member._id)
      .set({ data: { visible, updatedAt: now() } });
    return { visible };
  },
});
