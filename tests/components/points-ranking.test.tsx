import { render, screen, within } from '@testing-library/react';
import { MemberRankList } from '../../miniprogram/src/features/points/components/MemberRankList';

describe('MemberRankList', () => {
  it('lists opted-in names and pseudonyms as the server sent them and highlights the viewer', () => {
    render(
      <MemberRankList
        items={[
          { rank: 1, name: '党员A12', points: 40, self: false },
          { rank: 2, name: '李红梅', points: 31, self: false },
          { rank: 2, name: '王建国', points: 31, self: true },
          { rank: 4, name: '党员K07', points: 5, self: false },
        ]}
      />,
    );
    const rows = within(screen.getByTestId('member-ranking'));
    expect(rows.getByText('党员A12')).toBeTruthy();
    expect(rows.getByText('李红梅')).toBeTruthy();
    expect(rows.getByText('党员K07')).toBeTruthy();

    const self = within(screen.getByTestId('rank-self'));
    expect(self.getByText('王建国')).toBeTruthy();
    expect(self.getByText('我')).toBeTruthy();
    expect(self.getByText('31 分')).toBeTruthy();
    expect(screen.getByTestId('rank-self').className).toContain('rank-row--self');
    // Only the viewer's row is marked.
    expect(screen.getAllByText('我')).toHaveLength(1);
  });

  it('says so when nobody in the branch earned points in the period', () => {
    render(<MemberRankList items={[]} />);
    expect(screen.getByText('本期还没有党员获得积分')).toBeTruthy();
  });
});
