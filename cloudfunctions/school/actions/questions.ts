import { createHash } from 'node:crypto';
import type { QuestionDoc } from '../../../typings/documents';
import type { QuestionImportReport } from '../../../typings/functions/school';
import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { _, db } from '../../_shared/cloud';
import { COLLECTIONS } from '../../_shared/collections';
import { isDuplicateKey } from '../../_shared/db-errors';
import { invalidArgument } from '../../_shared/errors';
import { action } from '../../_shared/router';
import { cellText, headerColumns, readFirstSheet } from '../../_shared/sheets';
import { uploadForDownload } from '../../_shared/storage';
import {
  addQuestionSheet,
  QUESTION_COLUMNS,
  type SheetRow,
  TEMPLATE_ROWS,
  toQuestionRow,
} from '../question-sheet';
import { questionDoc } from '../keys';
import { parseQuestionRow } from '../rules/question-row';

/** Rows a sheet may hold: a bank is built a chapter at a time. */
export const MAX_QUESTION_ROWS = 1000;
const BATCH = 100;

/** The question-bank template: its columns and one sample of each type, all of which import. */
export const questionTemplate = action('school', 'questionTemplate', {
  async handler(_data, caller) {
    requireMember(caller);
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    addQuestionSheet(workbook, TEMPLATE_ROWS);
    const content = Buffer.from(await workbook.xlsx.writeBuffer());
    const { url } = await uploadForDownload('templates/题库导入模板.xlsx', content);
    return { url };
  },
});

/**
 * Imports questions from a sheet the admin uploaded (docs/domain.md §7.10). Every row is checked
 * first, duplicates within the sheet too; a sheet with any bad row writes nothing and reports
 * each one. A clean sheet's questions take ids from the file and the row, so a retried import
 * writes each once; those not exam-only join the practice bank (a set: a retry adds nothing).
 */
export const importQuestions = action('school', 'importQuestions', {
  async handler({ fileID }, caller): Promise<QuestionImportReport> {
    const admin = requireMember(caller);
    if (!fileID.includes(`/imports/${admin._id}/`))
      throw invalidArgument('请上传你自己的题库文件', 'fileID');
    const sheet = await readFirstSheet(fileID);
    const headers = headerColumns(sheet, QUESTION_COLUMNS, '题库');
    const fileKey = createHash('sha1').update(fileID).digest('hex').slice(0, 16);
    const now = clock.now();

    const rejected: QuestionImportReport['rejected'] = [];
    const accepted: QuestionDoc[] = [];
    const stems = new Map<string, number>();
    for (let row = 2; row <= sheet.rowCount; row++) {
      const values = Object.fromEntries(
        QUESTION_COLUMNS.map((c) => [
          c.key,
          cellText(sheet.getRow(row).getCell(headers[c.key]).value),
        ]),
      ) as SheetRow;
      if (Object.values(values).every((v) => v === '')) continue;
      if (accepted.length + rejected.length >= MAX_QUESTION_ROWS)
        throw invalidArgument(`一次最多导入 ${MAX_QUESTION_ROWS} 题，请拆分文件`, 'fileID');
      const verdict = parseQuestionRow(toQuestionRow(values));
      if (!verdict.ok) {
        rejected.push({ row, reason: verdict.reason });
        continue;
      }
      const first = stems.get(verdict.question.stem);
      if (first) {
        rejected.push({ row, reason: `题干与第 ${first} 行重复` });
        continue;
      }
      stems.set(verdict.question.stem, row);
      accepted.push(questionDoc(`qi-${fileKey}-${row}`, verdict.question, now));
    }
    if (!accepted.length && !rejected.length) throw invalidArgument('文件中没有题目', 'fileID');
    if (rejected.length) return { accepted: 0, rejected };

    for (let i = 0; i < accepted.length; i += BATCH) {
      try {
        await db
          .collection(COLLECTIONS.schoolQuestions.name)
          .add({ data: accepted.slice(i, i + BATCH) });
      } catch (error) {
        // A retried import: this batch was written by the first try.
        if (!isDuplicateKey(error)) throw error;
      }
    }
    const practice = accepted.filter((q) => !q.examOnly).map((q) => q._id);
    if (practice.length) {
      await db
        .collection(COLLECTIONS.schoolBank.name)
        .doc('practice')
        .update({ data: { questionIds: _.addToSet({ $each: practice }) } });
    }
    return { accepted: accepted.length, rejected: [] };
  },
});
