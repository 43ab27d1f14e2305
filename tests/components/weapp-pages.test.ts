import type { MeResponse, Reply } from '../../typings';
import { startWeappApp, waitFor, waitForText } from '../support/taro-weapp';

const boundMe: MeResponse = {
  bound: true,
  member: {
    _id: 'm1',
    name: '李红',
    gender: '女',
    status: '正式',
    orgId: 'b1',
    post: '工程师',
    nickname: null,
    avatar: null,
    joinedDate: '2010-07-01',
    fullMemberDate: '2011-07-01',
    phoneMasked: null,
  },
  roles: [],
  org: { _id: 'b1', name: '机关第一党支部', type: '党支部' },
};

describe('weapp build pages in miniprogram-simulate', () => {
  const callFunction = jest.fn<Promise<{ result: Reply<unknown> }>, [unknown]>();
  let mountPage: Awaited<ReturnType<typeof startWeappApp>>;

  beforeAll(async () => {
    mountPage = await startWeappApp({ cloud: { init: jest.fn(), callFunction } });
  });

  beforeEach(() => callFunction.mockReset());

  /**
   * The app keeps one session for all its pages, as in WeChat. A test mounts its page and shows
   * it again, as on coming back to it: the session is asked afresh, as this test's user.
   */
  async function showAgain(route: string) {
    const page = mountPage(route);
    await waitFor(() => Boolean(page.dom!.textContent), `${route} 已渲染`);
    const lifetimes = page.instance as unknown as { onHide: () => void; onShow: () => void };
    lifetimes.onHide();
    lifetimes.onShow();
    return page;
  }

  it('我的 calls member.me through wx.cloud and prompts an unbound user to bind', async () => {
    callFunction.mockResolvedValue({ result: { ok: true, data: { bound: false } } });
    const page = await showAgain('pages/me/index');
    await waitForText(page.dom!, '你还没有绑定党员身份');
    expect(page.dom!.textContent).toContain('请联系支部书记获取邀请码');
    expect(page.dom!.textContent).not.toContain('切换身份');
    expect(callFunction).toHaveBeenCalledWith({ name: 'member', data: { action: 'me', data: {} } });
  });

  it('支部 shows the branch of a bound member', async () => {
    callFunction.mockResolvedValue({ result: { ok: true, data: boundMe } });
    const page = await showAgain('pages/branch/index');
    await waitForText(page.dom!, '机关第一党支部');
    expect(page.dom!.textContent).toContain('党支部');
  });

  it('the profile subpackage page shows a failed call as a network error with 重试', async () => {
    callFunction.mockRejectedValue({ errCode: -1, errMsg: 'cloud.callFunction:fail' });
    const page = await showAgain('packages/member/profile/index');
    await waitForText(page.dom!, '网络异常，请稍后重试');
    expect(page.dom!.querySelector('wx-button')?.textContent).toBe('重试');
  });

  it('首页 asks news.list for the feed of a bound member and shows its empty state', async () => {
    const replies: Record<string, unknown> = {
      'member.me': boundMe,
      'news.columns': { items: [] },
      'news.list': { items: [], nextCursor: null },
      // The 支部 page mounted earlier follows the shared session and asks for its unread count.
      'notice.inbox': { items: [], nextCursor: null, unread: 0 },
    };
    callFunction.mockImplementation(async (call) => {
      const { name, data } = call as { name: string; data: { action: string } };
      return { result: { ok: true, data: replies[`${name}.${data.action}`] } };
    });
    const page = await showAgain('pages/home/index');
    await waitForText(page.dom!, '暂无党建新鲜事');
    expect(callFunction).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'news', data: expect.objectContaining({ action: 'list' }) }),
    );
  });
});
