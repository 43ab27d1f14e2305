import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdirSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredFile {
  size: number;
  /** openid of the uploader when the upload named one (the H5 upload route). */
  owner?: string;
  uploadedAt: Date;
}

/** A received upload not yet placed at its cloudPath (a multipart form may name it after the bytes). */
export interface StagedFile {
  commit(cloudPath: string, owner?: string): Promise<StoredFile>;
  discard(): Promise<void>;
}

export interface FileStore {
  stage(content: Readable): Promise<StagedFile>;
  info(cloudPath: string): Promise<StoredFile | undefined>;
  read(cloudPath: string): Promise<{ size: number; content: Readable } | undefined>;
  remove(cloudPath: string): Promise<boolean>;
  close(): void;
}

interface MetaRow {
  owner: string | null;
  uploaded_at: number;
}

/**
 * Files live at `<dir>/files/<cloudPath>`; their owner and upload time in `<dir>/meta.db`, because
 * a sidecar file per object could collide with another object's directory.
 */
export function createFileStore(dir: string): FileStore {
  const root = resolve(dir, 'files');
  const tmp = resolve(dir, 'tmp');
  mkdirSync(dir, { recursive: true });
  const db = new Database(join(dir, 'meta.db'));
  db.pragma('journal_mode = WAL');
  db.exec(
    'CREATE TABLE IF NOT EXISTS files (cloud_path TEXT PRIMARY KEY, owner TEXT, uploaded_at INTEGER NOT NULL)',
  );
  const upsert = db.prepare(
    'INSERT INTO files (cloud_path, owner, uploaded_at) VALUES (?, ?, ?) ' +
      'ON CONFLICT (cloud_path) DO UPDATE SET owner = excluded.owner, uploaded_at = excluded.uploaded_at',
  );
  const select = db.prepare<[string], MetaRow>(
    'SELECT owner, uploaded_at FROM files WHERE cloud_path = ?',
  );
  const unlink = db.prepare('DELETE FROM files WHERE cloud_path = ?');

  // Callers validate cloudPath already; this keeps a mistake there from reaching outside `root`.
  const pathOf = (cloudPath: string) => {
    const full = resolve(root, cloudPath);
    if (!full.startsWith(root + sep)) throw new Error(`路径越界：${cloudPath}`);
    return full;
  };

  const fileStat = async (cloudPath: string) => {
    const found = await stat(pathOf(cloudPath)).catch(() => undefined);
    return found?.isFile() ? found : undefined;
  };

  return {
    async stage(content) {
      await mkdir(tmp, { recursive: true });
      // Written aside and renamed into place, so a reader never sees half a file.
      const partial = join(tmp, randomUUID());
      try {
        await pipeline(content, createWriteStream(partial));
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      return {
        async commit(cloudPath, owner) {
          const target = pathOf(cloudPath);
          try {
            await mkdir(dirname(target), { recursive: true });
            await rename(partial, target);
          } finally {
            await rm(partial, { force: true });
          }
          const uploadedAt = new Date();
          upsert.run(cloudPath, owner ?? null, uploadedAt.getTime());
          const { size } = await stat(target);
          return { size, owner, uploadedAt };
        },
        discard: () => rm(partial, { force: true }),
      };
    },

    async info(cloudPath) {
      const found = await fileStat(cloudPath);
      if (!found) return undefined;
      const row = select.get(cloudPath);
      return {
        size: found.size,
        owner: row?.owner ?? undefined,
        uploadedAt: row ? new Date(row.uploaded_at) : found.mtime,
      };
    },

    async read(cloudPath) {
      const found = await fileStat(cloudPath);
      if (!found) return undefined;
      return { size: found.size, content: createReadStream(pathOf(cloudPath)) };
    },

    async remove(cloudPath) {
      if (!(await fileStat(cloudPath))) return false;
      await rm(pathOf(cloudPath));
      unlink.run(cloudPath);
      return true;
    },

    close() {
      db.close();
    },
  };
}
