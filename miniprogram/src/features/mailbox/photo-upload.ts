import Taro from '@tarojs/taro';
import { uploadFile, type PickedFile } from '../../lib/upload';
import { mailboxApi } from './api';

export interface LetterPhoto {
  /** The upload's `cloud://` id, handed to send; the server re-encodes it and deletes it. */
  fileID: string;
  /** A local address to show it by. */
  preview: string;
}

/** The longest side a photo keeps: enough to see what is wrong, small to send. */
const LONGEST_SIDE = 1600;

/** H5: redraws the photo at most 1600 px on a canvas as a JPEG; the original if that fails. */
async function shrinkInBrowser(blob: Blob): Promise<{ blob: Blob; ext: 'jpg' | 'png' }> {
  const asIs = { blob, ext: blob.type === 'image/png' ? ('png' as const) : ('jpg' as const) };
  try {
    const bitmap = await createImageBitmap(blob);
    const scale = Math.min(1, LONGEST_SIDE / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext('2d')?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    const jpeg = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', 0.8),
    );
    return jpeg ? { blob: jpeg, ext: 'jpg' } : asIs;
  } catch {
    return asIs;
  }
}

/** Compresses one picked photo on the device and says how to send it. */
async function prepare(path: string): Promise<{ file: PickedFile; ext: 'jpg' | 'png' }> {
  if (process.env.TARO_ENV === 'weapp') {
    const { tempFilePath } = await Taro.compressImage({ src: path, quality: 70 });
    return { file: { filePath: tempFilePath }, ext: /\.png$/i.test(tempFilePath) ? 'png' : 'jpg' };
  }
  const { blob, ext } = await shrinkInBrowser(await (await fetch(path)).blob());
  return { file: { blob, name: `photo.${ext}` }, ext };
}

/**
 * Lets the writer take or pick up to `room` photos, compresses each on the device and uploads it
 * to the path the server hands out (random, recorded nowhere). Nothing if they cancelled.
 */
export async function pickAndUploadPhotos(room: number): Promise<LetterPhoto[]> {
  let paths: string[];
  try {
    const chosen = await Taro.chooseImage({
      count: room,
      sizeType: ['compressed'],
      sourceType: ['camera', 'album'],
    });
    paths = chosen.tempFilePaths.slice(0, room);
  } catch {
    return [];
  }
  const photos: LetterPhoto[] = [];
  for (const preview of paths) {
    const { file, ext } = await prepare(preview);
    const { cloudPath } = await mailboxApi.uploadTicket(ext);
    photos.push({ fileID: await uploadFile(cloudPath, file), preview });
  }
  return photos;
}
