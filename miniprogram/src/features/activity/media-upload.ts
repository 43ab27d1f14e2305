import Taro from '@tarojs/taro';
import { uploadFile, type PickedFile } from '../../lib/upload';
import { activityApi } from './api';

export interface PendingMedia {
  file: PickedFile;
  ext: string;
  kind: 'photo' | 'video';
  /** Kept after a failure, so a retry uploads to the same path and is recorded once. */
  cloudPath?: string;
}

const extOf = (name: string, fallback: string) =>
  /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? fallback;

// A browser has no media picker: a file input stands in.
const pickInBrowser = () =>
  new Promise<PendingMedia[]>((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'image/*,video/*';
    input.multiple = true;
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const picked = [...(input.files ?? [])].map((f) => ({
        file: { blob: f, name: f.name },
        ext: extOf(f.name, 'jpg'),
        kind: f.type.startsWith('video/') ? ('video' as const) : ('photo' as const),
      }));
      input.remove();
      resolve(picked);
    });
    document.body.appendChild(input);
    input.click();
  });

/** Photos and videos from the phone, compressed by WeChat before they leave it. */
export async function pickMedia(count: number): Promise<PendingMedia[]> {
  if (process.env.TARO_ENV !== 'weapp') return pickInBrowser();
  try {
    const { tempFiles } = await Taro.chooseMedia({
      count,
      mediaType: ['image', 'video'],
      sizeType: ['compressed'],
    });
    return tempFiles.map((f) => ({
      file: { filePath: f.tempFilePath },
      ext: extOf(f.tempFilePath, f.fileType === 'video' ? 'mp4' : 'jpg'),
      kind: f.fileType === 'video' ? 'video' : 'photo',
    }));
  } catch {
    return [];
  }
}

/** Uploads one file where the server says and records it with the activity. */
export async function uploadMedia(activityId: string, media: PendingMedia): Promise<void> {
  media.cloudPath ??= (await activityApi.uploadTicket(activityId, media.ext)).cloudPath;
  const fileID = await uploadFile(media.cloudPath, media.file);
  await activityApi.addMedia({ activityId, fileID, kind: media.kind });
}
