import type { MemberDoc, OrganisationDoc } from '../../../typings/documents';
import { importedMemberSchema, type ImportReport } from '../../../typings/functions/member';
import { ROSTER_MESSAGES } from '../../../typings/policy';
import { requireMember } from '../../_shared/caller';
import { db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { AppError, invalidArgument } from '../../_shared/errors';
import { branchNamed, managedBranches } from '../../_shared/organisations';
import { action } from '../../_shared/router';
import { cellText, headerColumns, readFirstSheet, sheetDate } from '../../_shared/sheets';
import { describeIssue } from '../../_shared/validation';
import { type IdNumberClash, recordIdNumberClashes } from '../audit';
import { duplicateConflict, holdersOf, judge } from '../duplicates';
import { holdIdNumberPending, newMemberDoc } from '../fields';
import { countPatches } from '../member-counts';
import { MAX_IMPORT_ROWS, ROSTER_COLUMNS } from '../roster-sheet';

const BATCH = 100;

/**
 * Imports a roster spreadsheet the caller uploaded. Every row is validated first — fields,
 * ID checksum, branch within the caller's scope, duplicates in the file and in the roster (a
 * number held only outside the caller's scope is accepted and held pending, see
 * duplicates.ts) — and only then are the accepted rows written, so a rejected row leaves
 * nothing behind.
 */
export const importRoster = action('member', 'importRoster', {
  async handler({ fileID }, caller) {
    const viewer = requireMember(caller);
    if (!fileID.includes(`/imports/${viewer._id}/`))
      throw invalidArgument('请上传你自己的名册文件', 'fileID');
    const branches = await managedBranches(viewer, '只有支部书记或组织管理员可以导入党员名册');
    const sheet = await readFirstSheet(fileID);
    const headers = headerColumns(sheet, ROSTER_COLUMNS, '名册');

    const rejected: ImportReport['rejected'] = [];
    const candidates: { row: number; member: MemberDoc }[] = [];
    const seen = new Map<string, number>();
    for (let row = 2; row <= sheet.rowCount; row++) {
      const values = Object.fromEntries(
        ROSTER_COLUMNS.map((c) => [
          c.key,
          cellText(sheet.getRow(row).getCell(headers[c.key]).value),
        ]),
      );
      if (Object.values(values).every((v) => v === '')) continue;
      if (candidates.length + rejected.length >= MAX_IMPORT_ROWS) {
        throw invalidArgument(`一次最多导入 ${MAX_IMPORT_ROWS} 行，请拆分文件`, 'fileID');
      }
      try {
        const member = toMember(values, branches);
        const first = seen.get(member.idNumberKey);
        if (first) throw invalidArgument(`身份证号码与第 ${first} 行重复`);
        seen.set(member.idNumberKey, row);
        candidates.push({ row, member });
      } catch (error) {
        if (!(error instanceof AppError)) throw error;
        rejected.push({ row, reason: error.message });
      }
    }

    const holders = await holdersOf(candidates.map((c) => c.member.idNumberKey));
    const refused: IdNumberClash[] = [];
    const held: IdNumberClash[] = [];
    const accepted: MemberDoc[] = [];
    for (const { row, member } of candidates) {
      const verdict = judge(viewer, holders.get(member.idNumberKey));
      if (verdict.kind === 'conflict') {
        rejected.push({ row, reason: duplicateConflict().message });
        refused.push({ entered: member, holders: verdict.holders });
      } else if (verdict.kind === 'elsewhere') {
        accepted.push(holdIdNumberPending(member, member._id));
        held.push({ entered: member, holders: verdict.holders });
      } else {
        accepted.push(member);
      }
    }
    if (refused.length) await recordIdNumberClashes(viewer, 'id_number_refused', refused);
    await writeMembers(accepted);
    if (held.length) await recordIdNumberClashes(viewer, 'id_number_duplicate', held);
    rejected.sort((a, b) => a.row - b.row);
    return { accepted: accepted.length, rejected };
  },
});

const DATE_FIELDS = new Set(['birthDate', 'workStartDate', 'joinedDate', 'fullMemberDate']);

const isRosterMessage = (message: string) =>
  (Object.values(ROSTER_MESSAGES) as string[]).includes(message);

function toMember(values: Record<string, string>, branches: OrganisationDoc[]): MemberDoc {
  const input: Record<string, unknown> = {};
  for (const [key, text] of Object.entries(values)) {
    if (DATE_FIELDS.has(key)) input[key] = text ? sheetDate(text) : null;
    else input[key] = text;
  }
  input.idNumber = values.idNumber ? values.idNumber.toUpperCase() : null;
  input.phone = values.phone || null;
  input.ethnicity = values.ethnicity || '汉族';
  input.mobile = values.mobile === '是';
  const parsed = importedMemberSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // What the roster needs is said as create says it; a row cannot give a reason for no number.
    if (issue.code === 'custom' && isRosterMessage(issue.message)) {
      throw invalidArgument(
        issue.path[0] === 'idNumber' ? ROSTER_MESSAGES.idNumberOnImport : issue.message,
      );
    }
    const header = ROSTER_COLUMNS.find((c) => c.key === issue.path[0])?.header ?? '';
    throw invalidArgument(`${header}${describeIssue(issue)}`);
  }
  return newMemberDoc(parsed.data, branchNamed(branches, values.branch));
}

/**
 * Rows go in batches, then each organisation's counts move once by what its branches received:
 * an ancestor of several branches is written once with their sum.
 */
async function writeMembers(members: MemberDoc[]): Promise<void> {
  for (let i = 0; i < members.length; i += BATCH) {
    await db.collection(COLLECTIONS.members.name).add({ data: members.slice(i, i + BATCH) });
  }
  const changes = members.map((m) => ({
    branch: { _id: m.orgId, path: m.orgPath },
    all: 1,
    full: m.status === '正式' ? 1 : 0,
  }));
  for (const [orgId, patch] of countPatches(changes)) {
    await db.collection(COLLECTIONS.organisations.name).doc(orgId).update({ data: patch });
  }
}
