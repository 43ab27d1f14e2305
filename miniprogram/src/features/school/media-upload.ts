import Taro from '@tarojs/taro';
import { uploadFile, type PickedFile, type UploadProgress } from '../../lib/upload';
import { authoringApi } from './authoring-api';

export type MediaKind = 'video' | 'audio' | 'cover';

/** What each kind is uploaded as; the server refuses another type for a lesson's kind. */
const EXT = { video: 'mp4', audio: 'm4a', cover: 'jpg' } as const;
const ACCEPT = { video: 'video/mp4', audio: 'audio/mp4,audio/x-m4a,.m4a', cover: 'image/jpeg' };

export interface PickedMedia {
  file: PickedFile;
  /** Seconds, from the media's own metadata; 0 for a cover. */
  durationSeconds: number;
  ext: (typeof EXT)[MediaKind];
}

// A browser tells a media file's length by loading its metadata in an element of its kind.
const durationInBrowser = (blob: Blob, kind: MediaKind) =>
  new Promise<number>((resolve) => {
    if (kind === 'cover') return resolve(0);
    const element = document.createElement(kind);
    const url = URL.createObjectURL(blob);
    const done = (seconds: number) => {
      URL.revokeObjectURL(url);
      resolve(Number.isFinite(seconds) ? seconds : 0);
    };
    element.preload = 'metadata';
    element.onloadedmetadata = () => done(element.duration);
    element.onerror = () => done(0);
    element.src = url;
  });

const pickInBrowser = (kind: MediaKind) =>
  new Promise<File | undefined>((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = ACCEPT[kind];
    input.style.display = 'none';
    input.dataset.testid = `school-pick-${kind}`;
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      resolve(file);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(undefined);
    });
    document.body.appendChild(input);
    input.click();
  });

// WeChat: a video or image from the album or camera, an audio from a chat; its length from
// the picker or from an audio context that has loaded it.
const audioSeconds = (src: string) =>
  new Promise<number>((resolve) => {
    const audio = Taro.createInnerAudioContext();
    audio.src = src;
    audio.onCanplay(() => setTimeout(() => resolve(audio.duration || 0), 100));
    audio.onError(() => resolve(0));
  });

async function pickInWeChat(kind: MediaKind): Promise<PickedMedia | undefined> {
  try {
    if (kind === 'audio') {
      const { tempFiles } = await Taro.chooseMessageFile({
        count: 1,
        type: 'file',
        extension: ['m4a'],
      });
      const path = tempFiles[0]?.path;
      return path
        ? { file: { filePath: path }, durationSeconds: await audioSeconds(path), ext: EXT.audio }
        : undefined;
    }
    const { tempFiles } = await Taro.chooseMedia({
      count: 1,
      mediaType: [kind === 'video' ? 'video' : 'image'],
    });
    const chosen = tempFiles[0];
    return chosen
      ? {
          file: { filePath: chosen.tempFilePath },
          durationSeconds: chosen.duration ?? 0,
          ext: EXT[kind],
        }
      : undefined;
  } catch {
    return undefined;
  }
}

/** Lets an admin pick a lesson's video or audio, or a course cover; undefined when cancelled. */
export async function pickMedia(kind: MediaKind): Promise<PickedMedia | undefined> {
  if (process.env.TARO_ENV === 'weapp') return pickInWeChat(kind);
  const file = await pickInBrowser(kind);
  if (!file) return undefined;
  return {
    file: { blob: file, name: file.name },
    durationSeconds: await durationInBrowser(file, kind),
    ext: EXT[kind],
  };
}

/** Uploads a picked file where the server says, reporting progress; answers its file id. */
export async function uploadMedia(media: PickedMedia, onProgress: UploadProgress) {
  const { cloudPath } = await authoringApi.uploadTicket(media.ext);
  return uploadFile(cloudPath, media.file, onProgress);
}
