import Taro from '@tarojs/taro';
import { CloudError, networkError } from './cloud-error';
import { getDemoIdentity } from './demo-identity';

/** A file the user picked: a local path on weapp, a Blob in the H5 build. */
export type PickedFile = { filePath: string } | { blob: Blob; name: string };

const uploadFailed = () => new CloudError({ code: 'INTERNAL', message: '文件上传失败，请重试' });

const viaWeChat = async (cloudPath: string, file: PickedFile): Promise<string> => {
  if (!('filePath' in file)) throw uploadFailed();
  const { fileID } = await Taro.cloud.uploadFile({ cloudPath, filePath: file.filePath });
  return fileID;
};

// The local cloud's stand-in for wx.cloud.uploadFile names the owner by the demo identity.
const viaGateway = async (cloudPath: string, file: PickedFile): Promise<string> => {
  if (!('blob' in file)) throw uploadFailed();
  const form = new FormData();
  form.append('cloudPath', cloudPath);
  form.append('file', file.blob, file.name);
  const response = await fetch('/upload', {
    method: 'POST',
    headers: { 'x-openid': getDemoIdentity() },
    body: form,
  });
  const reply = (await response.json()) as { fileID?: string };
  if (!response.ok || !reply.fileID) throw uploadFailed();
  return reply.fileID;
};

const send = process.env.TARO_ENV === 'weapp' ? viaWeChat : viaGateway;

/** Uploads to cloud storage at `cloudPath` and returns the `cloud://` file ID. */
export async function uploadFile(cloudPath: string, file: PickedFile): Promise<string> {
  try {
    return await send(cloudPath, file);
  } catch (error) {
    throw error instanceof CloudError ? error : networkError();
  }
}

/** A random file name, so a new upload never overwrites a file someone may still be reading. */
export const randomName = (ext: string) =>
  `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.${ext}`;
