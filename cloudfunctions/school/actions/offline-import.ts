import type { MemberDoc, OfflineStudyDoc, OrganisationDoc } from '../../../typings/documents';
import type { OfflineImportReport } from '../../../typings/functions/school';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { AppError, invalidArgument } from '../../_shared/errors';
import { branchNamed, managedBranches } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { cellText, headerColumns, readFirstSheet, sheetDate } from '../../_shared/sheets';
import { uploadForDownload } from '../../_shared/storage';
import { creditOffline } from '../offline';
import { addOfflineSheet, OFFLINE_COLUMNS } from '../offline-sheet';
import { type OfflineRow, type OfflineRowInput, parseOfflineRow } from '../rules/offline-row';
import { yearOf } from '../years';
import { offlineRecord } from './hours';

/** Rows a sheet may hold: a large branch's training, or a 党委's concentrated one. */
export const MAX_OFFLINE_ROWS = 500;
const REFUSAL = '只有支部书记或组织管理员可以登记学时';

type Found = Pick<MemberDoc, '_id' | 'name' | 'orgId' | 'orgPath' | 'roles' | 'idNumberMasked'>;

/** The members of a branch with a name: one range of the roster index. */
async function membersNamed(branch: OrganisationDoc, name: string): Promise<Found[]> {
  const from = `${branch.path}\u0001${name}\u0001`;
  const { data } = await db
    .collection(COLLECTIONS.members.name)
    .where({ rosterKey: _.gte(from).and(_.lt(`${branch.path}\u0001${name}\u0002`)) })
    .field({ name: true, orgId: true, orgPath: true, roles: true, idNumberMasked: true })
    .limit(100)
    .get<Found>();
  return data;
}

/**
 * The one member a row names: by name in its branch (the importer's only branch when the
 * column is empty), told apart by the last four characters of the ID number.
 */
function memberOf(row: OfflineRow, candidates: Found[]): Found {
  const matches = candidates.filter(
    (m) => m.idNumberMasked?.toUpperCase().endsWith(row.idLast4) ?? false,
  );
  if (matches.length === 0)
    throw invalidArgument(
      `所在支部中没有姓名为“${row.name}”、身份证后四位为 ${row.idLast4} 的党员`,
    );
  if (matches.length > 1)
    throw invalidArgument(`有多名党员姓名和身份证后四位都相同，请为“${row.name}”逐个登记`);
  return matches[0];
}

/**
 * The offline 学时 template: its columns and one sample row that imports as it is — the
 * importer themselves, or the first member of their first branch with an ID number on file,
 * trained today.
 */
export const offlineTemplate = action('school', 'offlineTemplate', {
  async handler(_data, caller) {
    const recorder = requireMember(caller);
    const branches = await managedBranches(recorder, REFUSAL);
    const own = branches.find((b) => b._id === recorder.orgId);
    const branch = own ?? branches[0];
    const sample =
      own && recorder.idNumberMasked ? recorder : branch ? await firstWithNumber(branch) : null;
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    addOfflineSheet(workbook, [
      {
        name: sample?.name ?? '',
        idLast4: sample?.idNumberMasked?.slice(-4) ?? '',
        branch: branch?.name ?? '',
        title: '支部集中学习党的二十届三中全会精神',
        date: clock.chinaToday(),
        hours: '4',
      },
    ]);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const { url } = await uploadForDownload('templates/线下学时导入模板.xlsx', content);
    return { url };
  },
});

async function firstWithNumber(branch: OrganisationDoc): Promise<Found | null> {
  const { data } = await db
    .collection(COLLECTIONS.members.name)
    .where({
      rosterKey: _.gte(`${branch.path}\u0001`).and(_.lt(`${branch.path}\u0002`)),
      idNumberMasked: _.neq(null),
    })
    .orderBy('rosterKey', 'asc')
    .field({ name: true, orgId: true, orgPath: true, roles: true, idNumberMasked: true })
    .limit(1)
    .get<Found>();
  return data[0] ?? null;
}

/**
 * Imports offline 学时 from a sheet the secretary or admin uploaded (docs/domain.md §7.2). Every
 * row is checked first — its fields, its member in a branch the importer manages, the same
 * training twice in the sheet — and a sheet with any bad row writes nothing and reports each
 * one. A clean sheet's rows are recorded under the import's request id, member by member, so a
 * resent import writes each row once and each year moves once.
 */
export const importOffline = action('school', 'importOffline', {
  async handler({ fileID, requestId }, caller): Promise<OfflineImportReport> {
    const recorder = requireMember(caller);
    if (!fileID.includes(`/imports/${recorder._id}/`))
      throw invalidArgument('请上传你自己的学时表', 'fileID');
    const branches = await managedBranches(recorder, REFUSAL);
    const sheet = await readFirstSheet(fileID);
    const headers = headerColumns(sheet, OFFLINE_COLUMNS, '学时表');
    const now = clock.now();
    const today = clock.chinaToday(now);

    const rejected: OfflineImportReport['rejected'] = [];
    const rows: { row: number; parsed: OfflineRow; branch: OrganisationDoc }[] = [];
    for (let row = 2; row <= sheet.rowCount; row++) {
      const values = Object.fromEntries(
        OFFLINE_COLUMNS.map((c) => [
          c.key,
          cellText(sheet.getRow(row).getCell(headers[c.key]).value),
        ]),
      ) as unknown as OfflineRowInput;
      if (Object.values(values).every((v) => v === '')) continue;
      if (rows.length + rejected.length >= MAX_OFFLINE_ROWS)
        throw invalidArgument(`一次最多导入 ${MAX_OFFLINE_ROWS} 行，请拆分文件`, 'fileID');
      const verdict = parseOfflineRow({ ...values, date: sheetDate(values.date) }, today);
      if (!verdict.ok) {
        rejected.push({ row, reason: verdict.reason });
        continue;
      }
      try {
        const { branch: named } = verdict.row;
        const branch = !named && branches.length === 1 ? branches[0] : branchNamed(branches, named);
        rows.push({ row, parsed: verdict.row, branch });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        rejected.push({ row, reason: error.message });
      }
    }

    const named = new Map<string, Promise<Found[]>>();
    const accepted: { member: Found; record: OfflineStudyDoc }[] = [];
    const seen = new Map<string, number>();
    for (const { row, parsed, branch } of rows) {
      const key = `${branch._id}\u0001${parsed.name}`;
      if (!named.has(key)) named.set(key, membersNamed(branch, parsed.name));
      try {
        const member = memberOf(parsed, await named.get(key)!);
        const training = `${member._id}|${parsed.title}|${parsed.date}`;
        const first = seen.get(training);
        if (first) throw invalidArgument(`与第 ${first} 行是同一党员的同一次培训`);
        seen.set(training, row);
        const id = `${recorder._id}:${requestId}:${row}`;
        accepted.push({ member, record: offlineRecord(id, member, recorder, parsed, now) });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        rejected.push({ row, reason: error.message });
      }
    }
    if (!accepted.length && !rejected.length) throw invalidArgument('文件中没有学时记录', 'fileID');
    rejected.sort((a, b) => a.row - b.row);
    if (rejected.length) return { accepted: 0, hours: 0, rejected };

    const byMember = new Map<string, { member: Found; records: OfflineStudyDoc[] }>();
    for (const { member, record } of accepted) {
      const entry = byMember.get(member._id) ?? { member, records: [] };
      entry.records.push(record);
      byMember.set(member._id, entry);
    }
    for (const { member, records } of byMember.values())
      await creditOffline(member, yearOf(now), records, now);
    const hours = accepted.reduce((sum, a) => sum + a.record.hours, 0);
    return { accepted: accepted.length, hours: Math.round(hours * 10) / 10, rejected: [] };
  },
});
