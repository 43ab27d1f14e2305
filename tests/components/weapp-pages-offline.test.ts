// A subpackage page of the weapp build when wx.cloud cannot be reached: one app run (see
// weapp-pages).
import type { Reply } from '../../typings';
import { startWeappApp, waitForText } from '../support/taro-weapp';

it('the profile subpackage page shows a failed call as a network error with 重试', async () => {
  const callFunction = jest.fn<Promise<{ result: Reply<unknown> }>, [unknown]>();
  callFunction.mockRejectedValue({ errCode: -1, errMsg: 'cloud.callFunction:fail' });
  const mountPage = await startWeappApp({ cloud: { init: jest.fn(), callFunction } });
  const page = mountPage('packages/member/profile/index');
  await waitForText(page.dom!, '网络异常，请稍后重试');
  expect(page.dom!.querySelector('wx-button')?.textContent).toBe('重试');
});
