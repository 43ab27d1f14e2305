import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import { COMPLIANCE_WARNINGS } from '../../../../typings/documents/activity';
import type { ActivityStatus, ComplianceWarning } from '../../../../typings/documents/activity';

dayjs.extend(utc);

export const STATUS_LABELS: Record<ActivityStatus, string> = {
  planned: '待开展',
  recorded: '待确认',
  confirmed: '已完成',
};

export const warningText = (code: ComplianceWarning) => COMPLIANCE_WARNINGS[code];

/** An activity's time as China's clock shows it: 12月10日 10:00–11:30. */
export const timeSpan = (startsAt: string, endsAt: string) =>
  `${dayjs(startsAt).utcOffset(8).format('M月D日 HH:mm')}–${dayjs(endsAt).utcOffset(8).format('HH:mm')}`;

export const openActivity = (id: string) =>
  `/packages/activity/detail/index?id=${encodeURIComponent(id)}`;
