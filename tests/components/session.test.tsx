import { act, fireEvent, render, screen } from '@testing-library/react';
import type { MeResponse } from '../../typings';
import { DemoIdentitySwitcher } from '../../miniprogram/src/components/DemoIdentitySwitcher';
import { memberApi } from '../../miniprogram/src/features/member/api';
import { clearSession, useSession } from '../../miniprogram/src/lib/session';

const memberOf = (name: string) =>
  ({
    bound: true,
    member: { _id: `m-${name}`, name },
    roles: [],
    org: { _id: 'org-1', name: '第一党支部' },
  }) as unknown as MeResponse;

/** A gateway whose `member.me` answers are released one by one, per demo identity. */
function gateway() {
  const pending: { openid: string; action: string; answer: (data: MeResponse) => void }[] = [];
  const fetch = jest.fn((_url: string, init: { headers: Record<string, string>; body: string }) => {
    const { action } = JSON.parse(init.body) as { action: string };
    return new Promise<Response>((resolve) =>
      pending.push({
        openid: init.headers['x-openid'],
        action,
        answer: (data) =>
          resolve({ json: () => Promise.resolve({ ok: true, data }) } as unknown as Response),
      }),
    );
  });
  global.fetch = fetch as unknown as typeof global.fetch;
  const settle = async (index: number, data: MeResponse) => {
    const [call] = pending.splice(index, 1);
    await act(async () => call.answer(data));
  };
  return {
    /** Answers the oldest unanswered `member.me` asked as `openid`. */
    answerMe: (openid: string, data: MeResponse) => {
      const index = pending.findIndex((call) => call.action === 'me' && call.openid === openid);
      if (index < 0) throw new Error(`no member.me pending for ${openid}`);
      return settle(index, data);
    },
    /** Answers the oldest unanswered request, whatever its action. */
    answerNext: (data: MeResponse) => {
      if (!pending.length) throw new Error('nothing pending');
      return settle(0, data);
    },
    /** How many `member.me` requests were sent so far. */
    meRequests: () =>
      fetch.mock.calls.filter(([, init]) => JSON.parse(init.body).action === 'me').length,
  };
}

function Who({ testId }: { testId: string }) {
  const { data } = useSession();
  const text = !data ? '加载中' : data.bound ? data.member.name : '未绑定';
  return <span data-testid={testId}>{text}</span>;
}

describe('the session (lib/session)', () => {
  beforeEach(() => clearSession());
  afterEach(() => localStorage.clear());

  it('asks member.me once for every page and feature that reads it', async () => {
    const cloud = gateway();
    render(
      <>
        <Who testId="page" />
        <Who testId="feature" />
      </>,
    );
    expect(cloud.meRequests()).toBe(1);
    await cloud.answerMe('demo-member', memberOf('张明'));
    expect(screen.getByTestId('page').textContent).toBe('张明');
    expect(screen.getByTestId('feature').textContent).toBe('张明');

    render(<Who testId="later" />);
    expect(screen.getByTestId('later').textContent).toBe('张明');
    expect(cloud.meRequests()).toBe(1);
  });

  it('starts over as the chosen demo identity, showing nothing of the previous one', async () => {
    const cloud = gateway();
    render(
      <>
        <Who testId="page" />
        <DemoIdentitySwitcher />
      </>,
    );
    await cloud.answerMe('demo-member', memberOf('张明'));
    expect(screen.getByTestId('page').textContent).toBe('张明');

    fireEvent.click(screen.getByText('支部书记'));
    expect(screen.getByTestId('page').textContent).toBe('加载中');
    expect(cloud.meRequests()).toBe(2);
    await cloud.answerMe('demo-secretary', memberOf('李书记'));
    expect(screen.getByTestId('page').textContent).toBe('李书记');
  });

  it('drops what the previous identity’s request answers after the switch', async () => {
    const cloud = gateway();
    render(
      <>
        <Who testId="page" />
        <DemoIdentitySwitcher />
      </>,
    );
    fireEvent.click(screen.getByText('支部书记'));
    await cloud.answerMe('demo-secretary', memberOf('李书记'));
    await cloud.answerMe('demo-member', memberOf('张明'));
    expect(screen.getByTestId('page').textContent).toBe('李书记');
  });

  it('takes the record a bind answers, without asking again', async () => {
    const cloud = gateway();
    render(<Who testId="page" />);
    await cloud.answerMe('demo-member', { bound: false });
    expect(screen.getByTestId('page').textContent).toBe('未绑定');

    const binding = memberApi.bind('ABCD2345');
    await cloud.answerNext(memberOf('王新'));
    await act(() => binding);
    expect(screen.getByTestId('page').textContent).toBe('王新');
    expect(cloud.meRequests()).toBe(1);
  });
});
