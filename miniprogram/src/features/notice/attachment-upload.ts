import Taro from '@tarojs/taro';
import { uploadFile, type PickedFile } from '../../lib/upload';
import { noticeApi } from './api';

const extensionOf = (name: string) => /\.([a-z0-9]{1,8})$/i.exec(name)?.[1]?.toLowerCase() ?? 'bin';

// WeChat picks a file from a chat; a browser has no such API, so a file input stands in.
const pickInBrowser = () =>
  new Promise<{ file: PickedFile; name: string } | undefined>((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.style.display = 'none';
    const done = (picked: File | undefined) => {
      input.remove();
      resolve(
        picked ? { file: { blob: picked, name: picked.name }, name: picked.name } : undefined,
      );
    };
    input.addEventListener('change', () => done(input.files?.[0]));
    input.addEventListener('cancel', () => done(undefined));
    document.body.appendChild(input);
    input.click();
  });

async function pick(): Promise<{ file: PickedFile; name: string } | undefined> {
  if (process.env.TARO_ENV !== 'weapp') return pickInBrowser();
  try {
    const { tempFiles } = await Taro.chooseMessageFile({ count: 1, type: 'file' });
    const chosen = tempFiles[0];
    return chosen ? { file: { filePath: chosen.path }, name: chosen.name } : undefined;
  } catch {
    return undefined;
  }
}

/** Picks one file and puts it in cloud storage; nothing if the sender cancelled. */
export async function pickAndUploadAttachment(): Promise<
  { fileID: string; name: string } | undefined
> {
  const picked = await pick();
  if (!picked) return undefined;
  // The server chooses where: only an upload it issued may go out with a notice.
  const { cloudPath } = await noticeApi.uploadTicket(extensionOf(picked.name));
  const fileID = await uploadFile(cloudPath, picked.file);
  return { fileID, name: picked.name.slice(0, 60) };
}
