import type { MemberDoc } from '../../../typings/documents';
import * as clock from '../../_shared/clock';
import { requireMember } from '../../_shared/caller';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { forbidden } from '../../_shared/errors';
import { uploadExport } from '../../_shared/files';
import { loadOrg } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { administersOrg, requireManages } from '../../_shared/scope';
import { recordFullRead } from '../audit';
import { pendingShownTo } from '../duplicates';
import { unseal } from '../protect';
import { rosterKeyEnd } from '../roster-key';
import { shownIdNumber } from '../rules/mask';
import { addRosterSheet, ROSTER_COLUMNS } from '../roster-sheet';

const BATCH = 1000;
const PENDING_MARK = '（与其他党员重复，待核实）';

/**
 * The roster of an organisation and its subtree as a spreadsheet in the import layout.
 * Numbers are masked unless an admin asks for them in full, and that export is audited; in
 * full, a number held pending is marked for the admin who sees the other records holding it
 * (duplicates.ts), and so cannot be imported again as it is.
 */
export const exportRoster = action('member', 'exportRoster', {
  async handler({ orgId, unmasked }, caller) {
    const viewer = requireMember(caller);
    const org = await loadOrg(orgId);
    requireManages(viewer, org);
    if (unmasked && !administersOrg(viewer, org))
      throw forbidden('只有组织管理员可以导出完整的身份证号和手机号');

    const mayReveal = administersOrg(viewer, org);
    const members = await subtreeMembers(org.path);
    const names = await branchNames(org.path);
    if (unmasked && members.length) await recordFullRead(viewer, members, org, 'export_unmasked');
    const pending = unmasked ? await pendingShownTo(viewer, members) : new Set<string>();
    const rows = members.map((m) => {
      const row: Record<string, string> = {};
      for (const { key } of ROSTER_COLUMNS) {
        const value = m[key as keyof MemberDoc];
        row[key] = typeof value === 'string' ? value : '';
      }
      const sealed = m.idNumberEnc ?? m.idNumberPendingEnc;
      row.idNumber =
        unmasked && sealed
          ? `${unseal(sealed)}${pending.has(m._id) ? PENDING_MARK : ''}`
          : (shownIdNumber(m.idNumberMasked, mayReveal) ?? '');
      row.phone = unmasked && m.phoneEnc ? unseal(m.phoneEnc) : (m.phoneMasked ?? '');
      row.branch = names.get(m.orgId) ?? '';
      row.mobile = m.mobile ? '是' : '否';
      return row;
    });

    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    addRosterSheet(workbook, rows);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    return uploadExport(viewer._id, `${org.name}党员名册-${clock.chinaToday()}.xlsx`, content);
  },
});

async function subtreeMembers(path: string): Promise<MemberDoc[]> {
  const members: MemberDoc[] = [];
  let after: string | null = null;
  for (;;) {
    const { data }: { data: MemberDoc[] } = await db
      .collection(COLLECTIONS.members.name)
      .where({
        rosterKey: after
          ? _.gt(after).and(_.lt(rosterKeyEnd(path)))
          : _.gte(path).and(_.lt(rosterKeyEnd(path))),
      })
      .orderBy('rosterKey', 'asc')
      .limit(BATCH)
      .get();
    members.push(...data);
    if (data.length < BATCH) return members;
    after = data[data.length - 1].rosterKey;
  }
}

async function branchNames(path: string): Promise<Map<string, string>> {
  const { data } = await db
    .collection(COLLECTIONS.organisations.name)
    .where({ path: _.gte(path).and(_.lt(`${path}\uffff`)) })
    .field({ name: true })
    .limit(1000)
    .get<{ _id: string; name: string }>();
  return new Map(data.map((o) => [o._id, o.name]));
}
