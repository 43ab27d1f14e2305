import Taro from '@tarojs/taro';
import { uploadFile, type PickedFile } from '../../lib/upload';
import { schoolApi } from './api';

/**
 * Lets the secretary take or pick one evidence photo (a sign-in sheet, a certificate) and
 * uploads it where the server says, so only their own upload can be recorded with the training.
 * Nothing if they cancelled.
 */
export async function pickEvidencePhoto(): Promise<{ fileID: string; preview: string } | null> {
  let preview: string | undefined;
  try {
    const chosen = await Taro.chooseImage({
      count: 1,
      sizeType: ['compressed'],
      sourceType: ['camera', 'album'],
    });
    preview = chosen.tempFilePaths[0];
  } catch {
    return null;
  }
  if (!preview) return null;
  // The browser hands back a blob: URL whose bytes are the upload; WeChat a local path.
  const blob = process.env.TARO_ENV === 'weapp' ? null : await (await fetch(preview)).blob();
  const ext = (blob ? blob.type === 'image/png' : /\.png$/i.test(preview)) ? 'png' : 'jpg';
  const file: PickedFile = blob ? { blob, name: `evidence.${ext}` } : { filePath: preview };
  const { cloudPath } = await schoolApi.offlineTicket(ext);
  return { fileID: await uploadFile(cloudPath, file), preview };
}
