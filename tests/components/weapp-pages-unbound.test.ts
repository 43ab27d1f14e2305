// A page of the weapp build for a WeChat user not on the roster: one app run (see weapp-pages).
import type { Reply } from '../../typings';
import { startWeappApp, waitForText } from '../support/taro-weapp';

it('我的 calls member.me through wx.cloud and prompts an unbound user to bind', async () => {
  const callFunction = jest.fn<Promise<{ result: Reply<unknown> }>, [unknown]>();
  callFunction.mockResolvedValue({ result: { ok: true, data: { bound: false } } });
  const mountPage = await startWeappApp({ cloud: { init: jest.fn(), callFunction } });
  const page = mountPage('pages/me/index');
  await waitForText(page.dom!, '你还没有绑定党员身份');
  expect(page.dom!.textContent).toContain('请联系支部书记获取邀请码');
  expect(page.dom!.textContent).not.toContain('切换身份');
  expect(callFunction).toHaveBeenCalledWith({ name: 'member', data: { action: 'me', data: {} } });
});
