import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { cloud } from '../_shared/cloud';
import { invalidArgument } from '../_shared/errors';
import { upload } from '../_shared/storage';
import { letterPhotoPath } from './keys';

/**
 * A writer's upload: anywhere under `mailbox/` but the stored letters' own folder. The path
 * mailbox.uploadTicket hands out is random and recorded nowhere, so it alone lets the writer
 * hand the file over: no record ties an upload to its uploader.
 */
const UPLOAD = /^cloud:\/\/[^/\s]+\/mailbox\/(?!letters\/)[^\s]+$/;
const JPEG_QUALITY = 85;
const MAX_MEGAPIXELS = 40;

const refusal = () => invalidArgument('照片须为本人刚上传到信箱的 jpg 或 png 图片', 'photos');

export const isUpload = (fileID: string) => UPLOAD.test(fileID);

/**
 * The image's pixels alone, as a new JPEG: decoding and encoding again keeps nothing of the
 * original file but its picture — no EXIF (camera, time, GPS), XMP, ICC profile, comment or
 * thumbnail (docs/domain.md §8.3). jpeg-js and pngjs are pure JavaScript, so they bundle into
 * the function with nothing native to install.
 */
export function reencode(content: Buffer): Buffer {
  let image: { width: number; height: number; data: Uint8Array | Buffer };
  try {
    if (content[0] === 0xff && content[1] === 0xd8) {
      image = jpeg.decode(content, {
        useTArray: true,
        maxResolutionInMP: MAX_MEGAPIXELS,
        formatAsRGBA: true,
      });
    } else if (content.subarray(0, 8).equals(PNG_SIGNATURE)) {
      image = PNG.sync.read(content);
    } else {
      throw refusal();
    }
  } catch {
    throw refusal();
  }
  return jpeg.encode({ data: image.data, width: image.width, height: image.height }, JPEG_QUALITY)
    .data;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Takes the writer's uploads into the letter: each is re-encoded and stored under a path the
 * server chooses (no owner is recorded for a file a function writes). The originals are deleted
 * by `dropOriginals` once the letter is stored.
 */
export async function takePhotos(letterId: string, fileIDs: string[]): Promise<string[]> {
  if (fileIDs.some((f) => !isUpload(f))) throw refusal();
  const stored: string[] = [];
  for (const fileID of fileIDs) {
    let content: Buffer;
    try {
      ({ fileContent: content } = await cloud.downloadFile({ fileID }));
    } catch {
      await dropFiles(stored);
      throw refusal();
    }
    try {
      stored.push(await upload(letterPhotoPath(letterId), reencode(content)));
    } catch (error) {
      await dropFiles(stored);
      throw error;
    }
  }
  return stored;
}

/** Deletes files; one already gone is no matter. */
export async function dropFiles(fileIDs: string[]): Promise<void> {
  if (fileIDs.length === 0) return;
  await cloud.deleteFile({ fileList: fileIDs });
}
