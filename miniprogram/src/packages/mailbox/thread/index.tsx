import { useCallback, useEffect, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { LetterView } from '../../../../../typings/functions/mailbox';
import { Empty } from '../../../components/Empty';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { useShownAgain } from '../../../lib/use-shown-again';
import { mailboxApi } from '../../../features/mailbox/api';
import { LetterThread } from '../../../features/mailbox/components/LetterThread';
import { WriterActions } from '../../../features/mailbox/components/WriterActions';
import { keepTicket, keptTickets, openedTicket } from '../../../features/mailbox/tickets';

/**
 * A letter's thread for its writer: a named one by its id, an anonymous one by the ticket handed
 * over in memory (never in the address). Rating and reopening follow the answer.
 */
export default function ThreadPage() {
  const { params } = useRouter();
  const ticket = params.by === 'ticket' ? openedTicket() : undefined;
  const letterId = params.id;
  const [letter, setLetter] = useState<LetterView>();
  const [error, setError] = useState<CloudError>();
  const load = useCallback(() => {
    if (!ticket && !letterId) return;
    setError(undefined);
    (ticket ? mailboxApi.byTicket(ticket) : mailboxApi.myLetter(letterId ?? '')).then(
      (found) => {
        setLetter(found);
        // A ticket typed in from another device is kept here from now on.
        if (ticket && !keptTickets().some((k) => k.ticket === ticket))
          keepTicket(ticket, found.kind, found.day);
        void Taro.setNavigationBarTitle({ title: found.kind === 'snap' ? '随手拍' : '我的来信' });
      },
      (err: unknown) => setError(err instanceof CloudError ? err : networkError()),
    );
  }, [ticket, letterId]);
  useEffect(load, [load]);
  useShownAgain(load);
  if (!ticket && !letterId) return <Empty message="请从“我的信件”打开这封信" />;
  if (error) return <ErrorState error={error} onRetry={load} />;
  if (!letter) return <Loading />;
  return (
    <View className="page">
      <LetterThread letter={letter} />
      <WriterActions letter={letter} ticket={ticket} onDone={load} />
    </View>
  );
}
