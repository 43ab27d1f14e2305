import {
  emptyMemberForm,
  toCreateRequest,
  validateMemberForm,
} from '../../miniprogram/src/features/member/member-form';

describe('the member form asks for what the roster needs', () => {
  const named = { ...emptyMemberForm, name: '王建华' };

  it('asks a new entry for 入党日期 and an ID number or why it is unknown', () => {
    expect(validateMemberForm(named, true)).toEqual({
      joinedDate: '请填写入党日期',
      idNumber: '请填写身份证号码；确实无法提供的，请注明原因',
    });
    expect(
      validateMemberForm(
        { ...named, joinedDate: '2015-07-01', idNumberUnknownReason: '外籍党员' },
        true,
      ),
    ).toEqual({});
    // An edit keeps what is on file: the empty ID box means "unchanged".
    expect(validateMemberForm(named)).toEqual({});
  });

  it('sends the reason only without a number, and the duplicate confirmation only when given', () => {
    const values = { ...named, joinedDate: '2015-07-01', idNumberUnknownReason: ' 外籍党员 ' };
    expect(toCreateRequest('b1', values)).toMatchObject({
      idNumber: null,
      idNumberUnknownReason: '外籍党员',
    });
    expect(toCreateRequest('b1', values)).not.toHaveProperty('confirmDuplicate');
    expect(toCreateRequest('b1', values, true)).toMatchObject({ confirmDuplicate: true });
    const withId = toCreateRequest('b1', { ...values, idNumber: '140105199005010013' });
    expect(withId).not.toHaveProperty('idNumberUnknownReason');
  });
});
