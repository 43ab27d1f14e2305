import type { Page } from '../../typings/functions/common';
import { decodeCursor, encodeCursor } from '../_shared/cursor';
import { invalidArgument } from '../_shared/errors';
import type { PeriodName } from './periods';

/** Rows of a branch ranking per page, live or stored. */
export const RANK_PAGE_SIZE = 50;

/**
 * Organisations with more branches than this are ranked by the timer, not on request: ranking
 * 100 branches on request reads 200 documents, about the 10 ms a ranking may take.
 */
export const SNAPSHOT_ABOVE = 50;

export const rankPageId = (orgId: string, period: PeriodName, periodKey: string, page: number) =>
  `${orgId}:${period}:${periodKey}:${page}`;

/** A branch ranking's cursor is the number of the page it asks for. */
export function pageOfCursor(cursor: string | undefined): number {
  if (!cursor) return 1;
  const key = decodeCursor(cursor);
  const page = Number(key);
  if (!/^\d{1,6}$/.test(key) || page < 2)
    throw invalidArgument('分页参数无效，请刷新后重试', 'cursor');
  return page;
}

export const cursorOfPage = (page: number, pages: number) =>
  page < pages ? encodeCursor(String(page + 1)) : null;

export const pageCount = (rows: number) => Math.ceil(rows / RANK_PAGE_SIZE);

export const sliceOfPage = <T>(rows: T[], page: number) =>
  rows.slice((page - 1) * RANK_PAGE_SIZE, page * RANK_PAGE_SIZE);

/** Page `page` (1-based) of ranked rows, with the cursor of the next one. */
export const rowsOfPage = <T>(rows: T[], page: number): Page<T> => ({
  items: sliceOfPage(rows, page),
  nextCursor: cursorOfPage(page, pageCount(rows.length)),
});
