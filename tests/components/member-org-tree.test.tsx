import { fireEvent, render, screen, within } from '@testing-library/react';
import type { OrgNode } from '../../typings';
import { OrgTree } from '../../miniprogram/src/features/member/components/OrgTree';

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
const small = [root, zz, b1, b2];

/** Enough branches under the 总支 to count as a large tree. */
const large = [
  root,
  zz,
  ...Array.from({ length: 40 }, (_, i) => node(`x${i}`, '党支部', `第${i + 1}党支部`, zz)),
];

describe('OrgTree', () => {
  it('draws each organisation with its type, subtree counts, term end and warnings', () => {
    render(<OrgTree nodes={small} onOpen={jest.fn()} />);
    expect(screen.getByText('集团党委')).toBeTruthy();
    expect(
      screen.getByText('正式 11 / 全部 13 · 任期至 2027年1月10日', { exact: false }),
    ).toBeTruthy();
    expect(
      within(screen.getByTestId('org-b1')).getByText(/^正式 8 \/ 全部 9 · 任期至/),
    ).toBeTruthy();
    expect(within(screen.getByTestId('org-b2')).getByText('正式 3 / 全部 4')).toBeTruthy();
    const urgent = screen.getByText('尚未配备支部书记');
    expect(urgent.className).toContain('org-tree__warning--red');
    const soon = screen.getByText('正式党员 8 名，应设立支部委员会');
    expect(soon.className).toContain('org-tree__warning--amber');
  });

  it('opens a branch’s roster when the branch is tapped', () => {
    const onOpen = jest.fn();
    render(<OrgTree nodes={small} onOpen={onOpen} />);
    fireEvent.click(screen.getByText('检修党支部'));
    expect(onOpen).toHaveBeenCalledWith(b1);
  });

  it('starts a large tree collapsed below the 总支 and expands it on tap', () => {
    render(<OrgTree nodes={large} onOpen={jest.fn()} />);
    expect(screen.getByText('生产运营党总支')).toBeTruthy();
    expect(screen.queryByText('第1党支部')).toBeNull();
    fireEvent.click(screen.getByText('生产运营党总支'));
    expect(screen.getByText('第1党支部')).toBeTruthy();
    expect(screen.getByText('第40党支部')).toBeTruthy();
    fireEvent.click(screen.getByText('只看党委'));
    expect(screen.queryByText('生产运营党总支')).toBeTruthy();
    expect(screen.queryByText('第1党支部')).toBeNull();
  });
});
