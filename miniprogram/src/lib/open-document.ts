import Taro from '@tarojs/taro';

/**
 * Opens a file link: WeChat previews a downloaded copy, a browser downloads it. With `fileName`
 * the copy is called that (a generated file is named for what it holds, not by a temporary
 * name). A link that has expired or a file WeChat cannot preview is told to the user, not
 * dropped silently. Resolves to whether the file opened.
 */
export async function openDocument(
  url: string,
  fileType?: 'xlsx',
  fileName?: string,
): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp') {
    if (!fileName) {
      window.open(url, '_blank');
      return true;
    }
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
    return true;
  }
  try {
    const named = fileName ? `${Taro.env.USER_DATA_PATH}/${fileName}` : undefined;
    const result = await Taro.downloadFile({ url, ...(named ? { filePath: named } : {}) });
    if (result.statusCode !== 200) throw new Error(`download ${result.statusCode}`);
    const filePath = named ?? result.tempFilePath;
    await Taro.openDocument({ filePath, fileType, showMenu: true });
    return true;
  } catch {
    void Taro.showToast({ title: '文件打开失败，请返回后重试', icon: 'none' });
    return false;
  }
}
