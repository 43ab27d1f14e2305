import Taro from '@tarojs/taro';
import type { PickedFile } from '../../lib/upload';

const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'gif'];

/** The extension to store an avatar under; WeChat's temp paths keep the real one. */
export const imageExtension = (path: string) => {
  const ext = /\.([a-z0-9]+)$/i.exec(path)?.[1]?.toLowerCase();
  return ext && IMAGE_EXTENSIONS.includes(ext) ? ext : 'png';
};

/** A path from WeChat's avatar chooser, as something lib/upload can send. */
export const wechatAvatarFile = (avatarUrl: string): PickedFile => ({ filePath: avatarUrl });

/** H5: the browser's image picker hands back a blob: URL; upload needs its bytes. */
export async function chooseImageInBrowser(): Promise<
  { preview: string; file: PickedFile } | undefined
> {
  try {
    const { tempFilePaths, tempFiles } = await Taro.chooseImage({ count: 1 });
    const preview = tempFilePaths[0];
    if (!preview) return undefined;
    const blob = await (await fetch(preview)).blob();
    const type = blob.type.split('/')[1] ?? '';
    const ext = IMAGE_EXTENSIONS.includes(type) ? type : imageExtension(tempFiles[0]?.path ?? '');
    return { preview, file: { blob, name: `avatar.${ext}` } };
  } catch {
    return undefined;
  }
}
