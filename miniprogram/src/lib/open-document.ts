import Taro from '@tarojs/taro';

/**
 * Opens a file link: WeChat previews a downloaded copy, a browser just follows the link. A link
 * that has expired or a file WeChat cannot preview is told to the user, not dropped silently.
 * Resolves to whether the file opened.
 */
export async function openDocument(url: string, fileType?: 'xlsx'): Promise<boolean> {
  if (process.env.TARO_ENV !== 'weapp') {
    window.open(url, '_blank');
    return true;
  }
  try {
    const { tempFilePath, statusCode } = await Taro.downloadFile({ url });
    if (statusCode !== 200) throw new Error(`download ${statusCode}`);
    await Taro.openDocument({ filePath: tempFilePath, fileType, showMenu: true });
    return true;
  } catch {
    void Taro.showToast({ title: '文件打开失败，请返回后重试', icon: 'none' });
    return false;
  }
}
