import { Text, View } from '@tarojs/components';
import type { NoticeDetail } from '../../../../../typings';
import { formatDate, formatDateTime } from '../../../lib/format';
import { openDocument } from '../../../lib/open-document';
import './NoticeView.scss';

/** A notice as its recipient reads it, with its attachments and deadline. */
export function NoticeView({ notice }: { notice: NoticeDetail }) {
  return (
    <View className="notice" data-testid="notice">
      <Text className="notice__title">{notice.title}</Text>
      <Text className="notice__meta">
        {notice.orgName} · {notice.senderName} · {formatDateTime(notice.createdAt)}
      </Text>
      {notice.deadline && (
        <Text className="notice__deadline">截止日期：{formatDate(notice.deadline)}</Text>
      )}
      <Text className="notice__body" userSelect>
        {notice.body}
      </Text>
      {notice.attachments.length > 0 && (
        <View className="notice__attachments">
          <Text className="notice__label">附件</Text>
          {notice.attachments.map((file) => (
            <Text
              key={file.url}
              className="notice__attachment"
              onClick={() => void openDocument(file.url)}
            >
              {file.name}
            </Text>
          ))}
        </View>
      )}
    </View>
  );
}
