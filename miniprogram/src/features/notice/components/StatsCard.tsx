import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { NoticeStats } from '../../../../../typings';
import { formatDateTime } from '../../../lib/format';
import { useAction } from '../../../lib/use-action';
import { noticeApi } from '../api';
import { H5_REMINDER_NOTE, remindDone, remindPreview, WECHAT_REMINDERS } from '../remind-text';
import './StatsCard.scss';

/** "Reached X of Y, read by Z" for one notice, and a reminder to those who have not read it. */
export function StatsCard({ stats, onReminded }: { stats: NoticeStats; onReminded: () => void }) {
  const { sending, run } = useAction();
  const figures = [
    { label: '接收人数', value: stats.recipients, id: 'recipients' },
    { label: '已发微信提醒', value: stats.pushed, id: 'pushed' },
    { label: '已读', value: stats.read, id: 'read' },
    { label: '未读', value: stats.unread, id: 'unread' },
  ];

  // First what a reminder would really do (who gets a WeChat message, who only 消息中心), then
  // only on confirmation the reminder itself.
  const remind = () =>
    run(async () => {
      const preview = await noticeApi.remind(stats._id, true);
      const { confirm } = await Taro.showModal({
        title: '提醒未读',
        content: preview.alreadyToday
          ? remindPreview(preview)
          : `${remindPreview(preview)}确定提醒吗？`,
        showCancel: !preview.alreadyToday,
        confirmText: preview.alreadyToday ? '知道了' : '提醒',
      });
      if (!confirm || preview.alreadyToday) return;
      const result = await noticeApi.remind(stats._id);
      await Taro.showToast({ title: remindDone(result), icon: 'none', duration: 3000 });
      onReminded();
    });

  return (
    <View className="stats-card">
      <Text className="stats-card__title">{stats.title}</Text>
      <Text className="stats-card__meta">
        {stats.orgName} · {formatDateTime(stats.createdAt)}
      </Text>
      <View className="stats-card__figures">
        {figures.map((f) => (
          <View key={f.id} className="stats-card__figure" data-testid={`stat-${f.id}`}>
            <Text className="stats-card__value">{f.value}</Text>
            <Text className="stats-card__label">{f.label}</Text>
          </View>
        ))}
      </View>
      {stats.unread > 0 && (
        <Button
          className="stats-card__remind"
          type="primary"
          fill="outline"
          disabled={sending}
          loading={sending}
          onClick={remind}
        >
          {stats.remindedOn ? `提醒未读（上次 ${stats.remindedOn}）` : '提醒未读'}
        </Button>
      )}
      {stats.unread > 0 && !WECHAT_REMINDERS && (
        <Text className="stats-card__note" data-testid="remind-h5-note">
          {H5_REMINDER_NOTE}
        </Text>
      )}
    </View>
  );
}
