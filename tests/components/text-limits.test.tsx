import { fireEvent, render, screen } from '@testing-library/react';
import type { MemberView } from '../../typings';
import { ProfileEditor } from '../../miniprogram/src/features/member/components/ProfileEditor';
import { memberApi } from '../../miniprogram/src/features/member/api';

jest.mock('../../miniprogram/src/features/member/api', () => ({
  memberApi: { updateProfile: jest.fn() },
}));

const member: MemberView = {
  _id: 'm1',
  name: '王建华',
  gender: '男',
  status: '正式',
  orgId: 'b1',
  post: '职员',
  nickname: '小王',
  avatar: null,
  joinedDate: '2015-07-01',
  fullMemberDate: '2016-07-01',
  phoneMasked: null,
};

/** What Taro's input component sends the page as the user types. */
const type = (value: string) =>
  fireEvent(
    screen.getByTestId('nickname'),
    new CustomEvent('input', { detail: { value }, bubbles: true }),
  );

describe('a nickname shows its limit as it is typed, and refuses direction characters', () => {
  it('counts the characters used of 20', () => {
    render(<ProfileEditor member={member} />);
    expect(screen.getByTestId('count-nickname').textContent).toBe('2/20');
    type('党员先锋小王');
    expect(screen.getByTestId('count-nickname').textContent).toBe('6/20');
  });

  it('says so under the field instead of sending a U+202E', () => {
    render(<ProfileEditor member={member} />);
    type('小\u202E王');
    fireEvent.click(screen.getByText('保存昵称'));
    expect(screen.getByTestId('field-nickname').textContent).toContain(
      '不能包含不可见的控制字符或文字方向符号',
    );
    expect(memberApi.updateProfile).not.toHaveBeenCalled();
  });
});
