import { cloud } from './cloud';

/** How long a link to a generated file works: long enough to download it, no longer. */
export const DOWNLOAD_SECONDS = 600;

/** Puts bytes at `cloudPath` and answers the file's `cloud://` id. */
export async function upload(cloudPath: string, content: Buffer): Promise<string> {
  const { fileID } = await cloud.uploadFile({ cloudPath, fileContent: content });
  return fileID;
}

/** Uploads a generated file and hands back a short-lived link (private files never get a public URL). */
export async function uploadForDownload(
  cloudPath: string,
  content: Buffer,
): Promise<{ fileID: string; url: string }> {
  const fileID = await upload(cloudPath, content);
  const urls = await tempUrls([fileID], DOWNLOAD_SECONDS);
  return { fileID, url: urls.get(fileID) ?? '' };
}

const TEMP_URL_BATCH = 50;
const CLOUD_FILE = /cloud:\/\/[^\s"'<>)]+/g;

/**
 * Short-lived links for cloud file ids, in as few calls as the platform allows (50 a call).
 * Pages cannot show a `cloud://` id inside rich text, nor at all on H5, so ids a reader will
 * see go out as links. A file that no longer exists keeps its id. The caller must have checked
 * that the reader may see each file (files.ts placeLinks): the platform signs whatever it is given.
 */
export async function tempUrls(ids: string[], maxAge = 7200): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((id) => id.startsWith('cloud://')))];
  const urls = new Map<string, string>();
  for (let i = 0; i < unique.length; i += TEMP_URL_BATCH) {
    const { fileList } = await cloud.getTempFileURL({
      fileList: unique.slice(i, i + TEMP_URL_BATCH).map((fileID) => ({ fileID, maxAge })),
    });
    for (const f of fileList) if (f.tempFileURL) urls.set(f.fileID, f.tempFileURL);
  }
  return urls;
}

/** The cloud file ids an HTML body refers to (image and video sources). */
export function cloudIdsIn(html: string): string[] {
  return html.match(CLOUD_FILE) ?? [];
}

/** The body with each cloud file id that has a link replaced by it. */
export function withUrls(html: string, linkOf: (id: string) => string | undefined): string {
  return html.replace(CLOUD_FILE, (id) => linkOf(id) ?? id);
}
