import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { ACTIVITY_LIMITS } from '../../../../../typings/documents/activity';
import type { ActivityView } from '../../../../../typings/functions/activity';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { formatDateTime } from '../../../lib/format';
import { useAction } from '../../../lib/use-action';
import { activityApi } from '../api';
import { STATUS_LABELS, timeSpan } from '../labels';
import { AttendanceList } from './AttendanceList';
import { SignInMember } from './SignInMember';
import './activity.scss';

const go = (url: string) => () => Taro.navigateTo({ url });

/**
 * One activity as its branch sees it: the plan, sign-in while it runs, the record once written,
 * who has studied the material since (送学), and the amendments to a locked record.
 */
export function ActivityDetail({ view, onChanged }: { view: ActivityView; onChanged: () => void }) {
  const [amendment, setAmendment] = useState('');
  const [requestId, setRequestId] = useState(newRequestId);
  const act = useAction();
  const locked = view.status === 'confirmed';
  const q = `id=${encodeURIComponent(view._id)}`;
  return (
    <View data-testid="activity-detail">
      <View className="activity-card">
        <Text className="activity-card__title">
          {view.type}：{view.topic}
        </Text>
        <Text className="activity-card__muted">
          {timeSpan(view.startsAt, view.endsAt)} · {view.place}
        </Text>
        <Text className="activity-card__muted">
          主持人 {view.hostName} · 记录人 {view.recorderName} · {STATUS_LABELS[view.status]}
        </Text>
        {view.materials && <Text className="activity-card__muted">学习材料：{view.materials}</Text>}
        <View className="activity-links">
          {view.can.signInCode && (
            <Text onClick={go(`/packages/activity/sign-in/index?${q}`)}>签到码</Text>
          )}
          {view.can.record && (
            <Text data-testid="open-record" onClick={go(`/packages/activity/record/index?${q}`)}>
              填写记录
            </Text>
          )}
        </View>
      </View>
      {!locked && view.mine === null && !view.can.signInCode && (
        <SignInMember activityId={view._id} onDone={onChanged} />
      )}
      {view.mine === 'absent' && view.myStudiedAt === null && (
        <View className="activity-card">
          <Text className="activity-card__muted">你缺席了本次活动，请学习上面的材料后确认。</Text>
          <Button
            type="primary"
            disabled={act.sending}
            onClick={() =>
              act.run(async () => {
                await activityApi.studied(view._id);
                onChanged();
              })
            }
          >
            我已补学
          </Button>
        </View>
      )}
      <View className="activity-card">
        <Text className="activity-card__title">考勤：实到 {view.present} 人</Text>
        <AttendanceList rows={view.attendance} />
      </View>
      {view.status !== 'planned' && (
        <View className="activity-card" data-testid="record-view">
          <Text className="activity-card__title">会议记录</Text>
          <Text className="activity-card__muted">议题：{view.agenda}</Text>
          <Text className="activity-card__muted">{view.content}</Text>
          {view.guests.length > 0 && (
            <Text className="activity-card__muted">列席：{view.guests.join('、')}</Text>
          )}
          {view.resolutions.map((r) => (
            <Text key={r.motion} className="activity-card__muted">
              决议：{r.motion}（赞成 {r.yes}，反对 {r.no}，弃权 {r.abstain}）
              {r.passed ? '通过' : '未通过'}
            </Text>
          ))}
          <View className="activity-photos">
            {view.media
              .filter((m) => m.kind === 'photo' && m.url)
              .map((m) => (
                <Image key={m.fileID} className="activity-photo" src={m.url!} mode="aspectFill" />
              ))}
          </View>
          {locked && view.confirmedAt && (
            <Text className="activity-card__muted">
              已于 {formatDateTime(view.confirmedAt)} 确认锁定
            </Text>
          )}
          {view.amendments.map((a) => (
            <Text key={`${a.at}${a.text}`} className="activity-card__muted">
              更正（{formatDateTime(a.at)}，{a.byName}）：{a.text}
            </Text>
          ))}
          {view.can.amend && (
            <View>
              <Textarea
                className="field__textarea"
                value={amendment}
                maxlength={ACTIVITY_LIMITS.amendment}
                placeholder="记录已锁定，更正内容将附在记录之后"
                onInput={(e) => setAmendment(e.detail.value)}
              />
              <Button
                fill="outline"
                disabled={act.sending || !amendment.trim()}
                onClick={() =>
                  act.run(async () => {
                    await activityApi.amend({ activityId: view._id, requestId, text: amendment });
                    setAmendment('');
                    setRequestId(newRequestId());
                    onChanged();
                  })
                }
              >
                添加更正
              </Button>
            </View>
          )}
        </View>
      )}
    </View>
  );
}
