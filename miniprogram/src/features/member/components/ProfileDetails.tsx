import { Cell } from '@nutui/nutui-react-taro';
import type { MemberView, OrgBrief, Role } from '../../../../../typings';
import { formatDate } from '../../../lib/format';
import { statusLabel } from '../labels';

interface Props {
  member: MemberView;
  roles: Role[];
  org: OrgBrief;
}

export function ProfileDetails({ member, roles, org }: Props) {
  const rows: [string, string][] = [
    ['姓名', member.name],
    ['性别', member.gender],
    ['党员状态', statusLabel(member.status)],
    ['所在组织', org.name],
    ['工作岗位', member.post || '未登记'],
    ['入党日期', member.joinedDate ? formatDate(member.joinedDate) : '未登记'],
    ['转正日期', member.fullMemberDate ? formatDate(member.fullMemberDate) : '尚未转正'],
    ['手机号码', member.phoneMasked ?? '未登记'],
    ['党内职务', roles.length ? roles.map((role) => role.title).join('、') : '无'],
  ];
  return (
    <Cell.Group>
      {rows.map(([title, value]) => (
        <Cell key={title} title={title} extra={value} align="center" />
      ))}
    </Cell.Group>
  );
}
