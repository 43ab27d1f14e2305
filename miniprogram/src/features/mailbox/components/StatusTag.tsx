import { Text } from '@tarojs/components';
import type { LetterStatus } from '../../../../../typings/policy/mailbox';
import './mailbox.scss';

/** A letter's status, and 已超期 when its answer is late. */
export function StatusTag({ status, overdue }: { status: LetterStatus; overdue: boolean }) {
  return (
    <>
      <Text className={`mailbox-status mailbox-status--${status}`} data-testid="letter-status">
        {status}
      </Text>
      {overdue && <Text className="mailbox-status mailbox-status--overdue">已超期</Text>}
    </>
  );
}
