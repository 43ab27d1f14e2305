import Taro from '@tarojs/taro';
import type { PickedFile } from './upload';

// WeChat picks files from a chat; a browser has no such API, so a file input stands in.
const pickInBrowser = () =>
  new Promise<PickedFile | undefined>((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    input.style.display = 'none';
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      input.remove();
      resolve(file ? { blob: file, name: file.name } : undefined);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(undefined);
    });
    document.body.appendChild(input);
    input.click();
  });

/** Lets the user pick one .xlsx file; undefined when they cancel. */
export async function chooseSpreadsheet(): Promise<PickedFile | undefined> {
  if (process.env.TARO_ENV !== 'weapp') return pickInBrowser();
  try {
    const { tempFiles } = await Taro.chooseMessageFile({
      count: 1,
      type: 'file',
      extension: ['xlsx'],
    });
    return tempFiles[0] ? { filePath: tempFiles[0].path } : undefined;
  } catch {
    return undefined;
  }
}
