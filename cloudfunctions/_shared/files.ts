import type { FileDoc } from '../../typings/documents';
import * as clock from './clock';
import { _, cloud, db } from './cloud';
import { COLLECTIONS } from './collections';
import { invalidArgument } from './errors';
import { newId } from './ids';
import { DOWNLOAD_SECONDS, tempUrls, upload } from './storage';

/** The places whose files clients upload: an article's media, a notice's attachments, a lesson's media. */
export type UploadPlace = 'news' | 'notice' | 'activity' | 'school';

/** A file as a place refers to it. */
export interface FileRef {
  placeId: string;
  fileID: string;
}

const files = () => db.collection(COLLECTIONS.files.name);

/** `cloud://<bucket>/<place>/<owner>/<record id>.<ext>`: the shape of every path issueUploadPath hands out. */
const ISSUED =
  /^cloud:\/\/[^/\s]+\/((?:news|notice|activity|school)\/[^/\s]+\/([0-9a-f]{32})\.[a-z0-9]{1,8})$/;
/** At most this many files in one article or notice: one batch of links. */
export const MAX_FILES = 50;
const READ_BATCH = 100;

/**
 * A fresh storage path for one upload to `place`, recorded as issued to `ownerId`. Clients upload
 * only where the server told them to, so a later save can tell their uploads from any other file
 * in storage (another member's, a roster export) whose id it might be handed.
 */
export async function issueUploadPath(
  place: UploadPlace,
  ownerId: string,
  ext: string,
): Promise<string> {
  const _id = newId();
  const cloudPath = `${place}/${ownerId}/${_id}.${ext}`;
  const doc: FileDoc = {
    _id,
    cloudPath,
    place,
    placeId: null,
    ownerId,
    fileID: null,
    expiresAt: null,
    createdAt: clock.now(),
  };
  await files().add({ data: doc });
  return cloudPath;
}

/** The records behind issued file ids, by record id. */
async function recordsOf(fileIDs: string[]): Promise<Map<string, FileDoc>> {
  const ids = [...new Set(fileIDs.flatMap((f) => ISSUED.exec(f)?.[2] ?? []))];
  const found = new Map<string, FileDoc>();
  for (let i = 0; i < ids.length; i += READ_BATCH) {
    const { data } = await files()
      .where({ _id: _.in(ids.slice(i, i + READ_BATCH)) })
      .limit(READ_BATCH)
      .get<FileDoc>();
    for (const doc of data) found.set(doc._id, doc);
  }
  return found;
}

function recordFor(records: Map<string, FileDoc>, fileID: string): FileDoc | undefined {
  const match = ISSUED.exec(fileID);
  const doc = match ? records.get(match[2]) : undefined;
  return doc && doc.cloudPath === match?.[1] ? doc : undefined;
}

/**
 * Lets `placeId` refer to the cloud files among `fileIDs` (https addresses are not storage's):
 * each must be a file issued for `place` that is already the
 * place's own, or one issued to `ownerId` and not yet used anywhere, which then becomes the
 * place's. Anything else (another place's file, another member's upload, a file the server never
 * issued) is refused with `message` before anything changes.
 */
export async function attachFiles(
  place: UploadPlace,
  placeId: string,
  ownerId: string,
  fileIDs: string[],
  refusal: { message: string; field: string },
): Promise<void> {
  const wanted = [...new Set(fileIDs.filter((f) => f.startsWith('cloud://')))];
  if (wanted.length === 0) return;
  if (wanted.length > MAX_FILES)
    throw invalidArgument(`最多使用 ${MAX_FILES} 个文件`, refusal.field);
  const records = await recordsOf(wanted);
  const unused: { doc: FileDoc; fileID: string }[] = [];
  for (const fileID of wanted) {
    const doc = recordFor(records, fileID);
    const ours =
      doc !== undefined &&
      doc.place === place &&
      (doc.placeId === placeId
        ? doc.fileID === fileID
        : doc.placeId === null && doc.ownerId === ownerId);
    if (!ours) throw invalidArgument(refusal.message, refusal.field);
    if (doc.placeId === null) unused.push({ doc, fileID });
  }
  for (const { doc, fileID } of unused) {
    // Guarded by "not yet used": of two places racing for one upload, one gets it.
    const { stats } = await files()
      .where({ _id: doc._id, placeId: null })
      .update({ data: { placeId, fileID } });
    if (stats.updated === 0) throw invalidArgument(refusal.message, refusal.field);
  }
}

/**
 * Short-lived links to the files each place may show: those recorded as its own. Any other id
 * (old data, a hand-made document) gets no link, whoever asks.
 */
export async function placeLinks(
  place: UploadPlace,
  refs: FileRef[],
  maxAge?: number,
): Promise<(ref: FileRef) => string | undefined> {
  const cloudRefs = refs.filter((r) => r.fileID.startsWith('cloud://'));
  const records = await recordsOf(cloudRefs.map((r) => r.fileID));
  const own = cloudRefs.filter((r) => {
    const doc = recordFor(records, r.fileID);
    return doc?.place === place && doc.placeId === r.placeId && doc.fileID === r.fileID;
  });
  const urls = await tempUrls(
    own.map((r) => r.fileID),
    maxAge,
  );
  const allowed = new Set(own.map((r) => `${r.placeId}\n${r.fileID}`));
  return (ref) => (allowed.has(`${ref.placeId}\n${ref.fileID}`) ? urls.get(ref.fileID) : undefined);
}

/**
 * A generated file (roster, ledger) for `ownerId` to download once: recorded with the time its
 * link expires: the member function's timer, and the next export, remove it once it has.
 */
export async function uploadExport(
  ownerId: string,
  name: string,
  content: Buffer,
): Promise<{ fileID: string; url: string; fileName: string }> {
  // The file is named for what it holds (the last segment is what a download is called); a
  // character storage paths cannot carry is dropped.
  const fileName = name.replace(/[/?#%\\\p{Cc}]/gu, '');
  const now = clock.now();
  await removeExpiredExports(now).catch((error: unknown) => {
    // Housekeeping: the next export tries again, this one goes ahead.
    console.error('[exports] removing expired exports failed', error);
  });
  const _id = newId();
  const cloudPath = `exports/${ownerId}/${_id}/${fileName}`;
  const fileID = await upload(cloudPath, content);
  const doc: FileDoc = {
    _id,
    cloudPath,
    place: 'export',
    placeId: null,
    ownerId,
    fileID,
    expiresAt: new Date(now.getTime() + DOWNLOAD_SECONDS * 1000),
    createdAt: now,
  };
  await files().add({ data: doc });
  const urls = await tempUrls([fileID], DOWNLOAD_SECONDS);
  return { fileID, url: urls.get(fileID) ?? '', fileName };
}

/** Storage's code for a file that is already gone. */
const FILE_GONE = -503003;
const DELETE_BATCH = 50;

/** Deletes exports whose link has expired (a batch a call), and forgets those that are gone. */
export async function removeExpiredExports(now: Date): Promise<number> {
  const { data } = await files()
    .where({ place: 'export', expiresAt: _.lt(now) })
    .limit(DELETE_BATCH)
    .get<FileDoc>();
  const withFile = data.filter((d): d is FileDoc & { fileID: string } => d.fileID !== null);
  if (withFile.length === 0) return 0;
  const { fileList } = await cloud.deleteFile({
    fileList: withFile.map((d) => d.fileID),
  });
  const gone = new Set(
    fileList.filter((f) => f.status === 0 || f.status === FILE_GONE).map((f) => f.fileID),
  );
  const removed = withFile.filter((d) => gone.has(d.fileID)).map((d) => d._id);
  if (removed.length > 0)
    await files()
      .where({ _id: _.in(removed) })
      .remove();
  return removed.length;
}
