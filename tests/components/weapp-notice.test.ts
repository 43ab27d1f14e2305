// The notice paths that only the weapp build takes: the subscribe-message ask, opening an
// attachment, and attaching a file from a chat. wx's APIs are jest mocks; wx.cloud answers
// from the fixtures below, checking each request against the contract's schemas.
import type { ZodType } from 'zod';
import {
  memberSchemas,
  noticeSchemas,
  type ActionName,
  type CallEvent,
  type FunctionName,
  type InboxItem,
  type MeResponse,
  type NoticeDetail,
  type Reply,
  type ResponseOf,
} from '../../typings';
import {
  startWeappApp,
  tapText,
  waitFor,
  waitForText,
  wxFails,
  wxSucceeds,
} from '../support/taro-weapp';

type Fixtures = { [F in FunctionName]?: { [A in ActionName<F>]?: ResponseOf<F, A> } };

const TEMPLATES = ['tmpl-notice', 'tmpl-deadline'];

const inboxItem = (id: string, title: string, read: boolean): InboxItem => ({
  _id: id,
  title,
  orgName: '机关第一党支部',
  deadline: null,
  createdAt: '2026-11-20T01:00:00.000Z',
  read,
});

const notice: NoticeDetail = {
  _id: 'n1',
  title: '关于召开支部党员大会的通知',
  body: '请全体党员准时参加。',
  orgName: '机关第一党支部',
  senderName: '王书记',
  deadline: '2026-12-05',
  createdAt: '2026-11-20T01:00:00.000Z',
  attachments: [{ name: '会议议程.pdf', url: 'https://files.example.com/notice/a1.pdf?sign=x1' }],
  link: null,
};

const secretary: MeResponse = {
  bound: true,
  member: {
    _id: 'm1',
    name: '王芳',
    gender: '女',
    status: '正式',
    orgId: 'b1',
    post: '支部书记',
    nickname: null,
    avatar: null,
    joinedDate: '2005-07-01',
    fullMemberDate: '2006-07-01',
    phoneMasked: null,
  },
  roles: [{ code: 'secretary', title: '书记', orgId: 'b1', orgPath: '/c1/b1/' }],
  org: { _id: 'b1', name: '机关第一党支部', type: '党支部' },
};

const fixtures: Fixtures = {
  member: {
    me: secretary,
    orgTree: {
      items: [
        {
          _id: 'b1',
          name: '机关第一党支部',
          type: '党支部',
          parentId: 'c1',
          path: '/c1/b1/',
          depth: 1,
          memberCount: 12,
          fullMemberCount: 11,
          electedAt: '2024-03-01',
          termEnd: '2027-03-01',
          committee: [],
          warnings: [],
        },
      ],
    },
  },
  notice: {
    templates: { templateIds: TEMPLATES },
    subscribe: { quota: { 'tmpl-notice': 1 } },
    inbox: {
      items: [
        inboxItem('n1', '关于召开支部党员大会的通知', false),
        inboxItem('n2', '关于开展主题党日活动的通知', false),
        inboxItem('n3', '关于缴纳党费的通知', true),
      ],
      nextCursor: null,
      unread: 2,
    },
    get: notice,
    uploadTicket: { cloudPath: 'notice/m1/0123456789abcdef0123456789abcdef.pdf' },
  },
};

const schemas: Partial<Record<FunctionName, Record<string, ZodType>>> = {
  member: memberSchemas,
  notice: noticeSchemas,
};

/** wx.cloud.callFunction as the functions answer: refuses what the contract refuses. */
async function answer({ name, data }: { name: FunctionName; data: CallEvent }) {
  const reply = (result: Reply<unknown>) => ({ result });
  const parsed = schemas[name]?.[data.action]?.safeParse(data.data);
  if (!parsed?.success) {
    return reply({ ok: false, error: { code: 'INVALID_ARGUMENT', message: '请求不合规定' } });
  }
  const found = (fixtures[name] as Record<string, unknown> | undefined)?.[data.action];
  if (found === undefined) {
    return reply({
      ok: false,
      error: { code: 'NOT_FOUND', message: `没有 ${name}.${data.action}` },
    });
  }
  return reply({ ok: true, data: found });
}

describe('notice on the weapp build', () => {
  const callFunction = jest.fn(answer);
  const uploadFile = jest.fn();
  const requestSubscribeMessage = jest.fn();
  const downloadFile = jest.fn();
  const openDocument = jest.fn();
  const chooseMessageFile = jest.fn();
  const navigateTo = jest.fn(wxSucceeds({ errMsg: 'navigateTo:ok' }));
  const showToast = jest.fn(wxSucceeds({ errMsg: 'showToast:ok' }));
  const showModal = jest.fn(wxSucceeds({ errMsg: 'showModal:ok', confirm: true }));
  let mountPage: Awaited<ReturnType<typeof startWeappApp>>;

  const calls = (action: string) =>
    callFunction.mock.calls
      .map(([call]) => call)
      .filter((call) => call.name === 'notice' && call.data.action === action)
      .map((call) => call.data.data);
  // What follows a wx answer runs in promise callbacks: one turn of the event loop runs them all.
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  beforeAll(async () => {
    mountPage = await startWeappApp({
      cloud: { init: jest.fn(), callFunction, uploadFile },
      requestSubscribeMessage,
      downloadFile,
      openDocument,
      chooseMessageFile,
      navigateTo,
      showToast,
      showModal,
    });
  });

  beforeEach(() => jest.clearAllMocks());

  describe('消息中心', () => {
    let inbox: ReturnType<typeof mountPage>;

    beforeAll(async () => {
      inbox = mountPage('packages/notice/inbox/index');
      await waitForText(inbox.dom!, '关于缴纳党费的通知');
    });

    it('opening an unread notice asks for the templates and reports exactly the accepted ones', async () => {
      requestSubscribeMessage.mockImplementation(
        wxSucceeds({
          errMsg: 'requestSubscribeMessage:ok',
          'tmpl-notice': 'accept',
          'tmpl-deadline': 'reject',
        }),
      );
      tapText(inbox, '关于召开支部党员大会的通知');
      await waitFor(() => calls('subscribe').length > 0, 'notice.subscribe');
      expect(requestSubscribeMessage).toHaveBeenCalledTimes(1);
      expect(requestSubscribeMessage).toHaveBeenCalledWith(
        expect.objectContaining({ tmplIds: TEMPLATES }),
      );
      expect(calls('subscribe')).toEqual([{ templateIds: TEMPLATES, accepted: ['tmpl-notice'] }]);
      expect(navigateTo).toHaveBeenCalledWith(
        expect.objectContaining({
          url: expect.stringContaining('/packages/notice/detail/index?id=n1') as string,
        }),
      );
    });

    it('a failed subscribe dialog reports nothing and shows no error', async () => {
      requestSubscribeMessage.mockImplementation(
        wxFails({
          errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.',
          errCode: 20004,
        }),
      );
      tapText(inbox, '关于开展主题党日活动的通知');
      await waitFor(() => requestSubscribeMessage.mock.calls.length > 0, 'requestSubscribeMessage');
      await settle();
      expect(calls('subscribe')).toEqual([]);
      expect(navigateTo).toHaveBeenCalledWith(
        expect.objectContaining({
          url: expect.stringContaining('/packages/notice/detail/index?id=n2') as string,
        }),
      );
      expect(showToast).not.toHaveBeenCalled();
      expect(showModal).not.toHaveBeenCalled();
      expect(inbox.dom!.textContent).toContain('关于开展主题党日活动的通知');
      expect(inbox.dom!.textContent).not.toMatch(/网络异常|失败|重试/);
    });

    it('opening a notice already read does not ask again', async () => {
      tapText(inbox, '关于缴纳党费的通知');
      await waitFor(() => navigateTo.mock.calls.length > 0, 'navigateTo');
      await settle();
      expect(requestSubscribeMessage).not.toHaveBeenCalled();
      expect(calls('subscribe')).toEqual([]);
    });
  });

  it('通知详情 downloads a tapped attachment and opens the downloaded file', async () => {
    downloadFile.mockImplementation(
      wxSucceeds({
        errMsg: 'downloadFile:ok',
        statusCode: 200,
        tempFilePath: 'wxfile://tmp/a1.pdf',
      }),
    );
    openDocument.mockImplementation(wxSucceeds({ errMsg: 'openDocument:ok' }));
    const page = mountPage('packages/notice/detail/index', { id: 'n1' });
    await waitForText(page.dom!, '会议议程.pdf');
    expect(calls('get')).toEqual([{ id: 'n1' }]);
    tapText(page, '会议议程.pdf');
    await waitFor(() => openDocument.mock.calls.length > 0, 'openDocument');
    expect(downloadFile).toHaveBeenCalledTimes(1);
    expect(downloadFile).toHaveBeenCalledWith(
      expect.objectContaining({ url: notice.attachments[0]!.url }),
    );
    expect(openDocument).toHaveBeenCalledWith(
      expect.objectContaining({ filePath: 'wxfile://tmp/a1.pdf' }),
    );

    // The short-lived link has expired: the member is told, nothing is opened.
    downloadFile.mockImplementation(
      wxSucceeds({ errMsg: 'downloadFile:ok', statusCode: 403, tempFilePath: 'wxfile://tmp/x' }),
    );
    tapText(page, '会议议程.pdf');
    await waitFor(() => showToast.mock.calls.length > 0, 'showToast');
    expect(showToast).toHaveBeenCalledWith(
      expect.objectContaining({ title: '文件打开失败，请返回后重试' }),
    );
    expect(openDocument).toHaveBeenCalledTimes(1);
  });

  describe('发通知', () => {
    let compose: ReturnType<typeof mountPage>;

    beforeAll(async () => {
      compose = mountPage('packages/notice/compose/index');
      await waitForText(compose.dom!, '+ 添加附件');
    });

    it('a file chosen from a chat is uploaded where the server says and listed in the form', async () => {
      chooseMessageFile.mockImplementation(
        wxSucceeds({
          errMsg: 'chooseMessageFile:ok',
          tempFiles: [
            {
              path: 'wxfile://tmp/plan.PDF',
              name: '学习计划.PDF',
              size: 2048,
              type: 'file',
              time: 1,
            },
          ],
        }),
      );
      uploadFile.mockImplementation(
        wxSucceeds({ errMsg: 'cloud.uploadFile:ok', fileID: 'cloud://env-1.a1/notice/f1.pdf' }),
      );
      tapText(compose, '+ 添加附件');
      await waitForText(compose.dom!, '学习计划.PDF');
      expect(chooseMessageFile).toHaveBeenCalledWith(
        expect.objectContaining({ count: 1, type: 'file' }),
      );
      expect(calls('uploadTicket')).toEqual([{ ext: 'pdf' }]);
      expect(uploadFile).toHaveBeenCalledTimes(1);
      // Callbacks, not a promise: the upload task they come with reports progress.
      expect(uploadFile).toHaveBeenCalledWith(
        expect.objectContaining({
          cloudPath: 'notice/m1/0123456789abcdef0123456789abcdef.pdf',
          filePath: 'wxfile://tmp/plan.PDF',
        }),
      );
      expect(compose.dom!.textContent).toContain('移除');
      expect(compose.dom!.textContent).toContain('+ 添加附件');
    });

    it('cancelling the chat picker uploads nothing and shows no error', async () => {
      chooseMessageFile.mockImplementation(wxFails({ errMsg: 'chooseMessageFile:fail cancel' }));
      tapText(compose, '+ 添加附件');
      await waitFor(() => chooseMessageFile.mock.calls.length > 0, 'chooseMessageFile');
      await settle();
      expect(uploadFile).not.toHaveBeenCalled();
      expect(compose.dom!.textContent).toContain('+ 添加附件');
      expect(compose.dom!.textContent).not.toMatch(/网络异常|失败/);
    });
  });
});
