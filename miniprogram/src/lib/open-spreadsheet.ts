import Taro from '@tarojs/taro';

/** Opens a spreadsheet link: WeChat previews a downloaded copy, a browser just follows the link. */
export async function openSpreadsheet(url: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    const { tempFilePath } = await Taro.downloadFile({ url });
    await Taro.openDocument({ filePath: tempFilePath, fileType: 'xlsx', showMenu: true });
    return;
  }
  window.open(url, '_blank');
}
