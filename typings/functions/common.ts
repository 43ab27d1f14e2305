import * as z from 'zod';

/** Shared input shapes: ids, calendar dates, cursors. */
export const idSchema = z.string().trim().min(1).max(64);

/** A calendar date `YYYY-MM-DD` that exists (no 2月30日). */
export const dateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(
    (s) => {
      const d = new Date(`${s}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
    },
    { error: '不是有效的日期' },
  );

/** An opaque cursor the server handed out with the previous page. */
export const cursorSchema = z.string().min(1).max(512);

export interface Page<T> {
  items: T[];
  /** `null` on the last page. */
  nextCursor: string | null;
}

/** Where the client uploads a file it picked (wx.cloud.uploadFile's cloudPath), chosen by the server. */
export interface UploadTicket {
  cloudPath: string;
}
