import type { CellValue, Worksheet } from 'exceljs';
import { cloud } from './cloud';
import { invalidArgument } from './errors';

/** The first worksheet of an uploaded .xlsx, or INVALID_ARGUMENT on `fileID` saying what is wrong. */
export async function readFirstSheet(fileID: string): Promise<Worksheet> {
  let content: Buffer;
  try {
    ({ fileContent: content } = await cloud.downloadFile({ fileID }));
  } catch {
    throw invalidArgument('找不到上传的文件，请重新上传', 'fileID');
  }
  // exceljs is large and slow to load: only the actions that read or write sheets pay for it.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs declares its own global `Buffer` as an ArrayBuffer, which Node's Buffer is not.
    await workbook.xlsx.load(content as unknown as ArrayBuffer);
  } catch {
    throw invalidArgument('文件不是有效的 Excel（.xlsx）文件', 'fileID');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw invalidArgument('文件中没有工作表', 'fileID');
  return sheet;
}

/**
 * Finds each column by its header, so a sheet whose columns were reordered still imports;
 * `what` names the sheet in the message about missing columns (名册, 题库).
 */
export function headerColumns<K extends string>(
  sheet: Worksheet,
  columns: readonly { key: K; header: string }[],
  what: string,
): Record<K, number> {
  const byHeader = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, col) => byHeader.set(cellText(cell.value), col));
  const missing = columns.filter((c) => !byHeader.has(c.header)).map((c) => c.header);
  if (missing.length)
    throw invalidArgument(`${what}缺少列：${missing.join('、')}，请使用导入模板`, 'fileID');
  return Object.fromEntries(
    columns.map((c) => [c.key, byHeader.get(c.header) as number]),
  ) as Record<K, number>;
}

/** A cell as the text a person typed: dates as YYYY-MM-DD, numbers as digits, rich text flattened. */
export function cellText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((r) => r.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result as CellValue);
    return '';
  }
  return String(value).trim();
}

/** 1990/5/1, 1990.5.1 and 1990年5月1日 all mean 1990-05-01; other text is left as typed. */
export function sheetDate(text: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(text);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text;
}
