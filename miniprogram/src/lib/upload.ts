import Taro from '@tarojs/taro';
import { CloudError, networkError } from './cloud-error';
import { getDemoIdentity } from './demo-identity';

/** A file the user picked: a local path on weapp, a Blob in the H5 build. */
export type PickedFile = { filePath: string } | { blob: Blob; name: string };

const uploadFailed = () => new CloudError({ code: 'INTERNAL', message: '文件上传失败，请重试' });

/** How far an upload has come, in whole percent. */
export type UploadProgress = (percent: number) => void;

// With callbacks wx.cloud.uploadFile hands back its task, whose progress the caller may show.
const viaWeChat = (cloudPath: string, file: PickedFile, onProgress?: UploadProgress) =>
  new Promise<string>((resolve, reject) => {
    if (!('filePath' in file)) throw uploadFailed();
    const task = Taro.cloud.uploadFile({
      cloudPath,
      filePath: file.filePath,
      success: ({ fileID }) => resolve(fileID),
      fail: reject,
    }) as unknown as Taro.UploadTask | undefined;
    task?.onProgressUpdate(({ progress }) => onProgress?.(progress));
  });

// The local cloud's stand-in for wx.cloud.uploadFile names the owner by the demo identity;
// an XMLHttpRequest, as fetch does not report how much of a body has been sent.
const viaGateway = (cloudPath: string, file: PickedFile, onProgress?: UploadProgress) =>
  new Promise<string>((resolve, reject) => {
    if (!('blob' in file)) throw uploadFailed();
    const form = new FormData();
    form.append('cloudPath', cloudPath);
    form.append('file', file.blob, file.name);
    const request = new XMLHttpRequest();
    request.open('POST', '/upload');
    request.setRequestHeader('x-openid', getDemoIdentity());
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(Math.floor((event.loaded / event.total) * 100));
    };
    request.onload = () => {
      const reply = JSON.parse(request.responseText || '{}') as { fileID?: string };
      if (request.status >= 200 && request.status < 300 && reply.fileID) resolve(reply.fileID);
      else reject(uploadFailed());
    };
    request.onerror = () => reject(networkError());
    request.send(form);
  });

const send = process.env.TARO_ENV === 'weapp' ? viaWeChat : viaGateway;

/** Uploads to cloud storage at `cloudPath` and returns the `cloud://` file ID. */
export async function uploadFile(
  cloudPath: string,
  file: PickedFile,
  onProgress?: UploadProgress,
): Promise<string> {
  try {
    return await send(cloudPath, file, onProgress);
  } catch (error) {
    throw error instanceof CloudError ? error : networkError();
  }
}

/** A random file name, so a new upload never overwrites a file someone may still be reading. */
export const randomName = (ext: string) =>
  `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}.${ext}`;
