import { Cell } from '@nutui/nutui-react-taro';
import type { ColleagueItem, MemberDetail } from '../../../../../typings';
import { formatDate } from '../../../lib/format';
import { statusLabel } from '../labels';

const dateOr = (date: string | null, none = '未登记') => (date ? formatDate(date) : none);

/** A roster entry as the server sends it: ID and phone numbers masked. */
export function MemberFields({ member }: { member: MemberDetail }) {
  const rows: [string, string][] = [
    ['姓名', member.name],
    ['性别', member.gender],
    ['民族', member.ethnicity],
    ['出生日期', dateOr(member.birthDate)],
    ['身份证号', member.idNumberMasked ?? '未登记'],
    ['学历', member.education || '未登记'],
    ['籍贯', member.nativePlace || '未登记'],
    ['手机号码', member.phoneMasked ?? '未登记'],
    ['参加工作', dateOr(member.workStartDate)],
    ['入党日期', dateOr(member.joinedDate)],
    ['转正日期', dateOr(member.fullMemberDate, '尚未转正')],
    ['党员状态', statusLabel(member.status)],
    ['所在支部', member.orgName],
    ['工作岗位', member.post || '未登记'],
    ['流动党员', member.mobile ? '是' : '否'],
    ['党内职务', member.roles.length ? member.roles.map((r) => r.title).join('、') : '无'],
    ['微信绑定', member.bound ? '已绑定' : '未绑定'],
  ];
  return (
    <Cell.Group>
      {rows.map(([title, value]) => (
        <Cell key={title} title={title} extra={value} align="center" />
      ))}
    </Cell.Group>
  );
}

/** A colleague as an ordinary member sees them: who they are and the seats they hold. */
export function ColleagueFields({ colleague }: { colleague: ColleagueItem }) {
  const rows: [string, string][] = [
    ['姓名', colleague.name],
    ['所在支部', colleague.orgName],
    ['工作岗位', colleague.post || '未登记'],
    ['党内职务', colleague.titles.length ? colleague.titles.join('、') : '无'],
  ];
  return (
    <Cell.Group>
      {rows.map(([title, value]) => (
        <Cell key={title} title={title} extra={value} align="center" />
      ))}
    </Cell.Group>
  );
}
