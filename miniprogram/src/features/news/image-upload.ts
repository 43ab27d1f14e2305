import Taro from '@tarojs/taro';
import { uploadFile, type PickedFile } from '../../lib/upload';
import { newsApi } from './api';

const IMAGE_TYPES = ['jpg', 'jpeg', 'png', 'webp', 'gif'] as const;
type ImageType = (typeof IMAGE_TYPES)[number];
const isImageType = (ext: string): ext is ImageType =>
  (IMAGE_TYPES as readonly string[]).includes(ext);

const extensionOf = (path: string, mime = ''): ImageType => {
  const fromMime = mime.split('/')[1] ?? '';
  if (isImageType(fromMime)) return fromMime;
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return isImageType(ext) ? ext : 'jpg';
};

/**
 * Lets the editor pick one image and puts it in cloud storage. Returns the file ID for the body
 * and a local address to preview it by, or nothing if the editor cancelled.
 */
export async function pickAndUploadImage(): Promise<{ src: string; preview: string } | undefined> {
  let chosen: Taro.chooseImage.SuccessCallbackResult;
  try {
    chosen = await Taro.chooseImage({ count: 1, sizeType: ['compressed'] });
  } catch {
    return undefined;
  }
  const preview = chosen.tempFilePaths[0];
  if (!preview) return undefined;
  let file: PickedFile;
  let ext: ImageType;
  if (process.env.TARO_ENV === 'weapp') {
    file = { filePath: preview };
    ext = extensionOf(preview);
  } else {
    // The browser hands back a blob: URL; the upload needs its bytes.
    const blob = await (await fetch(preview)).blob();
    ext = extensionOf(chosen.tempFiles[0]?.path ?? '', blob.type);
    file = { blob, name: `image.${ext}` };
  }
  // The server chooses where: only an upload it issued may appear in an article.
  const { cloudPath } = await newsApi.uploadTicket(ext);
  const src = await uploadFile(cloudPath, file);
  return { src, preview };
}
