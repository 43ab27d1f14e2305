import { call } from '../../miniprogram/src/lib/cloud';
import { CloudError } from '../../miniprogram/src/lib/cloud-error';
import { setDemoIdentity } from '../../miniprogram/src/lib/demo-identity';

const answer = (body: unknown) =>
  jest.fn().mockResolvedValue({ json: () => Promise.resolve(body) } as unknown as Response);

describe('H5 transport (lib/cloud)', () => {
  afterEach(() => localStorage.clear());

  it('posts {action, data} to /fn/<name> as the chosen demo identity', async () => {
    const fetch = answer({ ok: true, data: { bound: false } });
    global.fetch = fetch;
    setDemoIdentity('demo-secretary');
    await expect(call('member', 'me', {})).resolves.toEqual({ bound: false });
    expect(fetch).toHaveBeenCalledWith('/fn/member', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-openid': 'demo-secretary' },
      body: JSON.stringify({ action: 'me', data: {} }),
    });
  });

  it('names the default demo member when none was chosen', async () => {
    const fetch = answer({ ok: true, data: { bound: false } });
    global.fetch = fetch;
    await call('member', 'me', {});
    expect(fetch.mock.calls[0][1].headers['x-openid']).toBe('demo-member');
  });

  it('throws the reply error as a CloudError', async () => {
    global.fetch = answer({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: '字段 x 不是可以提交的字段', field: 'x' },
    });
    const error = await call('member', 'me', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CloudError);
    expect(error).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: '字段 x 不是可以提交的字段',
      field: 'x',
    });
  });

  it('turns a failed request or a reply that is not the envelope into 网络异常', async () => {
    global.fetch = jest.fn().mockRejectedValue(new TypeError('Failed to fetch'));
    await expect(call('member', 'me', {})).rejects.toMatchObject({
      code: 'INTERNAL',
      message: '网络异常，请稍后重试',
    });
    global.fetch = answer({ error: 'not found' });
    await expect(call('member', 'me', {})).rejects.toMatchObject({
      message: '网络异常，请稍后重试',
    });
  });
});
