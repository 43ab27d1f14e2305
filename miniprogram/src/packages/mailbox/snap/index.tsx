import { useState } from 'react';
import { View } from '@tarojs/components';
import { SnapForm } from '../../../features/mailbox/components/SnapForm';
import { TicketReceipt } from '../../../features/mailbox/components/TicketReceipt';

/** 随手拍: a quick report with photos; an anonymous one ends on its ticket. */
export default function SnapPage() {
  const [ticket, setTicket] = useState<string>();
  return (
    <View className="page">
      {ticket ? <TicketReceipt ticket={ticket} /> : <SnapForm onTicket={setTicket} />}
    </View>
  );
}
