import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { NoticeDetail } from '../../../../../typings';
import { formatDate, formatDateTime } from '../../../lib/format';
import { openDocument } from '../../../lib/open-document';
import { linkPage } from '../link-page';
import './NoticeView.scss';

/** A notice as its recipient reads it, with its attachments, deadline and what it announces. */
export function NoticeView({ notice }: { notice: NoticeDetail }) {
  const link = notice.link && linkPage(notice.link);
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
      {link && (
        <Button
          className="notice__link"
          type="primary"
          block
          data-testid="notice-link"
          onClick={() => void Taro.navigateTo({ url: link.url })}
        >
          {link.label}
        </Button>
      )}
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
