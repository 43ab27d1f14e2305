import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { OrgNode } from '../../typings';
import { OrgTree } from '../../miniprogram/src/features/member/components/OrgTree';
import { CloudError } from '../../miniprogram/src/lib/cloud-error';

const node = (
  id: string,
  type: OrgNode['type'],
  name: string,
  parent: OrgNode | null,
  extra: Partial<OrgNode> = {},
): OrgNode => ({
  _id: id,
  type,
  name,
  parentId: parent?._id ?? null,
  path: `${parent?.path ?? '/'}${id}/`,
  depth: (parent?.depth ?? -1) + 1,
  memberCount: 0,
  fullMemberCount: 0,
  electedAt: '2024-01-10',
  termEnd: '2027-01-10',
  committee: [],
  warnings: [],
  ...extra,
});

const root = node('root', '党委', '集团党委', null);
const zz = node('zz', '党总支', '生产运营党总支', root);
const b1 = node('b1', '党支部', '检修党支部', zz, {
  memberCount: 9,
  fullMemberCount: 8,
  warnings: [{ code: 'NEEDS_COMMITTEE', message: '正式党员 8 名，应设立支部委员会' }],
});
const b2 = node('b2', '党支部', '综合办公室党支部', root, {
  memberCount: 4,
  fullMemberCount: 3,
  termEnd: null,
  warnings: [{ code: 'NO_SECRETARY', message: '尚未配备支部书记' }],
});
const top = [
  { ...root, subtree: { memberCount: 13, fullMemberCount: 11 } },
  { ...zz, subtree: { memberCount: 9, fullMemberCount: 8 } },
  { ...b2, subtree: { memberCount: 4, fullMemberCount: 3 } },
];
const zz2 = node('zz2', '党总支', '新设党总支', root, {
  subtree: { memberCount: 0, fullMemberCount: 0 },
});

/** A loader whose answers the test gives, one call at a time. */
function pending() {
  const calls: { id: string; resolve: (n: OrgNode[]) => void; reject: (e: Error) => void }[] = [];
  const load = jest.fn(
    (id: string) =>
      new Promise<OrgNode[]>((resolve, reject) => calls.push({ id, resolve, reject })),
  );
  return { load, calls };
}

describe('OrgTree', () => {
  it('draws the top two levels with type, subtree counts, term end and warnings', () => {
    render(<OrgTree top={top} loadChildren={jest.fn()} onOpen={jest.fn()} />);
    expect(screen.getByText('集团党委')).toBeTruthy();
    expect(
      screen.getByText('正式 11 / 全部 13 · 任期至 2027年1月10日', { exact: false }),
    ).toBeTruthy();
    expect(
      within(screen.getByTestId('org-zz')).getByText(/^正式 8 \/ 全部 9 · 任期至/),
    ).toBeTruthy();
    expect(within(screen.getByTestId('org-b2')).getByText('正式 3 / 全部 4')).toBeTruthy();
    expect(screen.queryByText('检修党支部')).toBeNull();
    const urgent = screen.getByText('尚未配备支部书记');
    expect(urgent.className).toContain('org-tree__warning--red');
  });

  it('opens a branch’s roster when the branch is tapped', () => {
    const onOpen = jest.fn();
    const { load } = pending();
    render(<OrgTree top={top} loadChildren={load} onOpen={onOpen} />);
    fireEvent.click(screen.getByText('综合办公室党支部'));
    expect(onOpen).toHaveBeenCalledWith(top[2]);
    expect(load).not.toHaveBeenCalled();
  });

  it('asks for a 总支’s children on tap, shows it loading, then collapses without asking again', async () => {
    const { load, calls } = pending();
    render(<OrgTree top={top} loadChildren={load} onOpen={jest.fn()} />);
    fireEvent.click(screen.getByText('生产运营党总支'));
    expect(load).toHaveBeenCalledWith('zz');
    expect(screen.getByTestId('org-zz').getAttribute('aria-busy')).toBe('true');
    await act(async () => calls[0].resolve([b1]));
    expect(screen.getByTestId('org-zz').getAttribute('aria-busy')).not.toBe('true');
    expect(
      within(screen.getByTestId('org-b1')).getByText(/^正式 8 \/ 全部 9 · 任期至/),
    ).toBeTruthy();
    expect(screen.getByText('正式党员 8 名，应设立支部委员会').className).toContain(
      'org-tree__warning--amber',
    );
    fireEvent.click(screen.getByText('生产运营党总支'));
    expect(screen.queryByText('检修党支部')).toBeNull();
    fireEvent.click(screen.getByText('生产运营党总支'));
    expect(screen.getByText('检修党支部')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('says when an organisation has nothing under it', async () => {
    const { load, calls } = pending();
    render(<OrgTree top={[...top, zz2]} loadChildren={load} onOpen={jest.fn()} />);
    fireEvent.click(screen.getByText('新设党总支'));
    await act(async () => calls[0].resolve([]));
    expect(screen.getByText('暂无下级组织')).toBeTruthy();
  });

  it('shows the error with 重试 when the children fail to load, and retries', async () => {
    const { load, calls } = pending();
    render(<OrgTree top={top} loadChildren={load} onOpen={jest.fn()} />);
    fireEvent.click(screen.getByText('生产运营党总支'));
    await act(async () =>
      calls[0].reject(new CloudError({ code: 'FORBIDDEN', message: '无权查看该组织' })),
    );
    expect(screen.getByRole('alert').textContent).toContain('无权查看该组织');
    fireEvent.click(screen.getByText('重试'));
    expect(load).toHaveBeenCalledTimes(2);
    await act(async () => calls[1].resolve([b1]));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('检修党支部')).toBeTruthy();
  });

  it('collapses the whole tree when the top organisation is tapped', () => {
    render(<OrgTree top={top} loadChildren={jest.fn()} onOpen={jest.fn()} />);
    fireEvent.click(screen.getByText('集团党委'));
    expect(screen.queryByText('生产运营党总支')).toBeNull();
    fireEvent.click(screen.getByText('集团党委'));
    expect(screen.getByText('生产运营党总支')).toBeTruthy();
  });
});
