import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ACTIVITY_LIMITS } from '../../../../../typings/documents/activity';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { pickMedia, uploadMedia, type PendingMedia } from '../media-upload';
import './activity.scss';

/**
 * Adds photos and videos to a record one by one, showing how far it has got; a file that
 * failed stays listed for 重试 to the same path (docs/domain.md §2.10: 30 photos, 3 videos).
 */
export function MediaUploader({
  activityId,
  photos,
  onUploaded,
}: {
  activityId: string;
  photos: number;
  onUploaded: () => void;
}) {
  const [progress, setProgress] = useState<string>();
  const [failed, setFailed] = useState<PendingMedia[]>([]);
  const [error, setError] = useState<string>();

  const run = async (queue: PendingMedia[]) => {
    const left: PendingMedia[] = [];
    for (const [i, media] of queue.entries()) {
      setProgress(`正在上传 ${i + 1}/${queue.length}`);
      try {
        await uploadMedia(activityId, media);
      } catch (err) {
        setError((err instanceof CloudError ? err : networkError()).message);
        left.push(media);
      }
    }
    setProgress(undefined);
    setFailed(left);
    if (left.length === 0) setError(undefined);
    onUploaded();
  };

  const add = async () => run(await pickMedia(Math.max(1, ACTIVITY_LIMITS.photos - photos)));

  return (
    <View data-testid="media-uploader">
      <View className="activity-links">
        <Button fill="outline" disabled={!!progress} data-testid="media-add" onClick={add}>
          添加照片或视频
        </Button>
        {failed.length > 0 && (
          <Button fill="outline" disabled={!!progress} onClick={() => run(failed)}>
            重试 {failed.length} 个失败的文件
          </Button>
        )}
      </View>
      {progress && <Text className="activity-card__muted">{progress}</Text>}
      {error && (
        <View className="activity-warning" role="alert">
          {error}
        </View>
      )}
    </View>
  );
}
