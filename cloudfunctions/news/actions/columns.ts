import type { NewsColumnDoc } from '../../../typings/documents';
import { requireMember } from '../../_shared/caller';
import { now } from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { AppError } from '../../_shared/errors';
import { newId } from '../../_shared/ids';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { requireManages } from '../../_shared/scope';
import { loadColumn } from '../repo';
import { feedScopes } from '../rules/publishing';
import { toColumn } from '../views';

/** The columns offered to the member: those of their organisation and of every ancestor. */
export const columns = action('news', 'columns', {
  async handler(_data, caller) {
    const member = requireMember(caller);
    const { data } = await db
      .collection(COLLECTIONS.newsColumns.name)
      .where({ orgId: _.in(feedScopes(member.orgPath)) })
      .orderBy('order', 'asc')
      .limit(100)
      .get<NewsColumnDoc>();
    return { items: data.map(toColumn) };
  },
});

/** A secretary or admin configures the columns their organisation offers below it. */
export const saveColumn = action('news', 'saveColumn', {
  async handler({ id, orgId, name, order, publishers }, caller) {
    const member = requireMember(caller);
    const org = await loadOrg(orgId);
    requireManages(member, org);
    const fields = { name, order, publishers: [...new Set(publishers)] };
    if (id) {
      const column = await loadColumn(id);
      if (column.orgId !== org._id) throw new AppError('CONFLICT', '栏目不属于该组织');
      // Articles keep the column name they were saved with; renaming affects new articles.
      await db.collection(COLLECTIONS.newsColumns.name).doc(id).update({ data: fields });
      return toColumn({ ...column, ...fields });
    }
    const column: NewsColumnDoc = {
      _id: newId(),
      orgId,
      orgPath: org.path,
      ...fields,
      createdAt: now(),
    };
    await db.collection(COLLECTIONS.newsColumns.name).add({ data: column });
    return toColumn(column);
  },
});
