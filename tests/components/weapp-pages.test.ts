// Pages of the weapp build for a bound member. The session (lib/session) keeps the caller's
// member.me for the whole app run, as WeChat keeps the app alive between pages, so each caller
// has a file of its own (weapp-pages-unbound, weapp-pages-offline): a file is one app run.
import type { MeResponse, Reply } from '../../typings';
import { startWeappApp, waitForText } from '../support/taro-weapp';

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

const replies: Record<string, unknown> = {
  'member.me': boundMe,
  'news.columns': { items: [] },
  'news.list': { items: [], nextCursor: null },
};

describe('weapp build pages in miniprogram-simulate, for a bound member', () => {
  const callFunction = jest.fn(async (call: unknown): Promise<{ result: Reply<unknown> }> => {
    const { name, data } = call as { name: string; data: { action: string } };
    const answer = replies[`${name}.${data.action}`];
    if (answer === undefined) throw new Error(`no reply for ${name}.${data.action}`);
    return { result: { ok: true, data: answer } };
  });
  let mountPage: Awaited<ReturnType<typeof startWeappApp>>;

  beforeAll(async () => {
    mountPage = await startWeappApp({ cloud: { init: jest.fn(), callFunction } });
  });

  it('支部 shows the branch of a bound member', async () => {
    const page = mountPage('pages/branch/index');
    await waitForText(page.dom!, '机关第一党支部');
    // The organisation card names the branch and, apart from the name, its type.
    const card = page.dom!.querySelector('[class$="org-card"]');
    expect(card?.querySelector('[class$="org-card__name"]')?.textContent).toBe('机关第一党支部');
    expect(card?.querySelector('[class$="org-card__type"]')?.textContent).toBe('党支部');
    expect(callFunction).toHaveBeenCalledWith({ name: 'member', data: { action: 'me', data: {} } });
  });

  it('首页 asks news.list for the feed of a bound member and shows its empty state', async () => {
    const page = mountPage('pages/home/index');
    await waitForText(page.dom!, '暂无党建新鲜事');
    expect(callFunction).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'news', data: expect.objectContaining({ action: 'list' }) }),
    );
  });
});
