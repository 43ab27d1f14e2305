import { useState } from 'react';
import { View } from '@tarojs/components';
import { LetterForm } from '../../../features/mailbox/components/LetterForm';
import { TicketReceipt } from '../../../features/mailbox/components/TicketReceipt';

/** Writes to the branch's 书记 or the 党委 above; an anonymous letter ends on its ticket. */
export default function WriteLetterPage() {
  const [ticket, setTicket] = useState<string>();
  return (
    <View className="page">
      {ticket ? <TicketReceipt ticket={ticket} /> : <LetterForm onTicket={setTicket} />}
    </View>
  );
}
