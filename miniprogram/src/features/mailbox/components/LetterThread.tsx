import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import type { LetterView } from '../../../../../typings/functions/mailbox';
import { formatDate } from '../../../lib/format';
import { StatusTag } from './StatusTag';
import './mailbox.scss';

/** Short-lived links to a letter's or an answer's photos; a tap shows them full size. */
function Photos({ urls }: { urls: string[] }) {
  if (urls.length === 0) return null;
  return (
    <View className="mailbox-photos" data-testid="thread-photos">
      {urls.map((url) => (
        <Image
          key={url}
          className="mailbox-photos__image"
          src={url}
          mode="aspectFill"
          onClick={() => Taro.previewImage({ urls, current: url })}
        />
      ))}
    </View>
  );
}

/** A letter and its replies in order, as its writer or its reader sees them. */
export function LetterThread({ letter }: { letter: LetterView }) {
  return (
    <View className="mailbox-thread" data-testid="letter-thread">
      <View className="mailbox-card">
        <View className="mailbox-card__head">
          <Text className="mailbox-tag" data-testid="letter-category-shown">
            {letter.kind === 'snap' ? '随手拍' : letter.category}
          </Text>
          <StatusTag status={letter.status} overdue={letter.overdue} />
          <Text className="mailbox-card__day">{formatDate(letter.day)}</Text>
        </View>
        <Text className="mailbox-card__from">
          {letter.anonymous ? '匿名' : (letter.writerName ?? '')}
          {letter.to === 'committee' ? ' · 致上级党委' : ''}
        </Text>
        <Text className="mailbox-card__text" userSelect>
          {letter.text}
        </Text>
        {letter.place && <Text className="mailbox-card__place">地点：{letter.place}</Text>}
        <Photos urls={letter.photos} />
        <Text className="mailbox-card__deadline">
          答复期限：{formatDate(letter.deadline)}
          {letter.rating ? ` · 评价：${letter.rating}` : ''}
        </Text>
      </View>
      {letter.replies.length === 0 ? (
        <Text className="mailbox-thread__waiting">还没有答复，书记会在期限内回复。</Text>
      ) : (
        letter.replies.map((reply, i) => (
          <View
            key={i}
            className={`mailbox-reply mailbox-reply--${reply.from}`}
            data-testid="letter-reply"
          >
            <Text className="mailbox-reply__who">
              {reply.from === 'recipient' ? `${reply.name ?? '书记'}答复` : '写信人补充'} ·{' '}
              {formatDate(reply.day)}
            </Text>
            <Text className="mailbox-reply__text" userSelect>
              {reply.text}
            </Text>
            <Photos urls={reply.photos} />
          </View>
        ))
      )}
    </View>
  );
}
