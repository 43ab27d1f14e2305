import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import type { BranchStudy } from '../../typings/functions/school';
import { BranchStudySection } from '../../miniprogram/src/features/school/components/BranchStudySection';
import { useBranchStudy } from '../../miniprogram/src/features/school/api';

jest.mock('../../miniprogram/src/features/school/api', () => ({ useBranchStudy: jest.fn() }));

const study = (behindPace: number): BranchStudy => ({
  orgId: 'org-b-office',
  orgName: '综合办公室党支部',
  year: 2026,
  members: 14,
  behindPace,
  courses: [
    {
      courseId: 'course-plenum',
      title: '学习贯彻党的二十届四中全会精神',
      deadline: '2026-12-31',
      assigned: 14,
      completed: 3,
      percent: 21,
    },
  ],
});

const shows = (data: BranchStudy) =>
  (useBranchStudy as jest.Mock).mockReturnValue({ data, error: undefined, loading: false });

// The 支部 tab's study section (docs/domain.md §7.3, §7.12): the secretary sees how many are
// behind the 学时 pace today and each assigned course's completion, one tap from the detail.
describe('学习情况 on the 支部 tab', () => {
  let navigate: jest.SpyInstance;
  beforeEach(() => {
    navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'ok' });
  });
  afterEach(() => navigate.mockRestore());

  it('warns how many members are behind pace and leads to 支部学时', () => {
    shows(study(9));
    render(<BranchStudySection branchId="org-b-office" adminOrgId={undefined} />);
    const warning = screen.getByTestId('branch-behind-pace');
    expect(warning.textContent).toContain('9 名党员学时落后进度');
    expect(warning.className).toContain('school-card--warn');
    fireEvent.click(warning);
    expect(navigate).toHaveBeenCalledWith({
      url: '/packages/school/branch-hours/index?orgId=org-b-office',
    });
  });

  it('says the pace is kept when nobody is behind', () => {
    shows(study(0));
    render(<BranchStudySection branchId="org-b-office" adminOrgId={undefined} />);
    const card = screen.getByTestId('branch-behind-pace');
    expect(card.textContent).toContain('全支部学时进度正常');
    expect(card.className).not.toContain('school-card--warn');
  });

  it('shows each assigned course’s completion, leading to who has not done it', () => {
    shows(study(9));
    render(<BranchStudySection branchId="org-b-office" adminOrgId={undefined} />);
    const course = screen.getByTestId('school-completion');
    expect(course.textContent).toContain('已完成 3 / 14 人（21%）');
    fireEvent.click(course);
    expect(navigate).toHaveBeenCalledWith({
      url: '/packages/school/course-progress/index?courseId=course-plenum&orgId=org-b-office',
    });
  });

  it('shows a member who leads nothing no study section', () => {
    render(<BranchStudySection branchId={undefined} adminOrgId={undefined} />);
    expect(screen.queryByTestId('branch-study')).toBeNull();
    expect(screen.queryByTestId('study-overview-entry')).toBeNull();
  });
});
