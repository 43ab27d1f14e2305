import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { LETTER_CATEGORIES, LETTER_STATUSES } from '../../../../../typings/policy/mailbox';
import { Chips } from '../../../components/Chips';
import { PagedListView } from '../../../components/PagedListView';
import { usePagedList } from '../../../lib/use-paged-list';
import { useShownAgain } from '../../../lib/use-shown-again';
import { mailboxApi, type InboxFilter } from '../../../features/mailbox/api';
import { InboxRow } from '../../../features/mailbox/components/InboxRow';
import '../../../features/mailbox/components/mailbox.scss';

const ALL = '全部';
const options = (values: readonly string[]) =>
  [ALL, ...values].map((value) => ({ value, label: value }));

/** The reader's letters, newest day first, filtered by status and category, with the unread count. */
export default function MailboxInboxPage() {
  const [filter, setFilter] = useState<InboxFilter>({});
  const [unread, setUnread] = useState(0);
  const list = usePagedList(JSON.stringify(filter), (cursor) =>
    mailboxApi.inbox(filter, cursor).then((page) => {
      setUnread(page.unread);
      return page;
    }),
  );
  useShownAgain(list.reload);
  return (
    <View className="page page--flush">
      <View className="mailbox-filters">
        <Text className="mailbox-card__label" data-testid="inbox-unread-count">
          未读 {unread} 封
        </Text>
        <Chips
          options={options(LETTER_STATUSES)}
          value={filter.status ?? ALL}
          testIdPrefix="status-"
          onChange={(status) =>
            setFilter((f) => ({
              ...f,
              status: status === ALL ? undefined : (status as InboxFilter['status']),
            }))
          }
        />
        <Chips
          options={options(LETTER_CATEGORIES)}
          value={filter.category ?? ALL}
          testIdPrefix="category-"
          onChange={(category) =>
            setFilter((f) => ({
              ...f,
              category: category === ALL ? undefined : (category as InboxFilter['category']),
            }))
          }
        />
      </View>
      <PagedListView list={list} empty="没有符合条件的来信" testId="mailbox-inbox">
        {(item) => <InboxRow key={item._id} item={item} />}
      </PagedListView>
    </View>
  );
}
