import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Input, Text, Textarea, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import {
  ABSENCE_REASONS,
  ACTIVITY_LIMITS,
  APPRAISAL_GRADES,
} from '../../../../../typings/documents/activity';
import type {
  AbsenceReason,
  AppraisalGrade,
  Grade,
  Resolution,
} from '../../../../../typings/documents/activity';
import { Chips } from '../../../components/Chips';
import type { ActivityView } from '../../../../../typings/functions/activity';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { useAction } from '../../../lib/use-action';
import { activityApi } from '../api';
import { AttendanceList } from './AttendanceList';
import { MediaUploader } from './MediaUploader';
import '../../../components/field.scss';
import './activity.scss';

const count = (text: string) => Math.max(0, Math.floor(Number(text) || 0));

/**
 * The minutes, prefilled from the plan and the sign-ins (docs/domain.md §2.6): attendance
 * marked by hand, agenda, content, resolutions with their votes, 列席, photos; then the 主持人
 * and 记录人 confirm, after the rules have had their say (§2.10).
 */
export function RecordEditor({ view, onChanged }: { view: ActivityView; onChanged: () => void }) {
  const [agenda, setAgenda] = useState(view.agenda);
  const [content, setContent] = useState(view.content);
  const [guests, setGuests] = useState(view.guests.join('，'));
  const [resolutions, setResolutions] = useState<Resolution[]>(
    view.resolutions.map(({ motion, yes, no, abstain }) => ({ motion, yes, no, abstain })),
  );
  const [grades, setGrades] = useState<Grade[]>(view.grades);
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const act = useAction();

  const mark = (memberId: string, state: 'present' | 'absent', reason: string | null) =>
    act.run(async () => {
      await activityApi.mark({
        activityId: view._id,
        memberId,
        state,
        reason:
          reason && (ABSENCE_REASONS as readonly string[]).includes(reason)
            ? (reason as AbsenceReason)
            : null,
      });
      onChanged();
    });

  const save = async () => {
    setSending(true);
    try {
      await activityApi.saveRecord({
        activityId: view._id,
        agenda,
        content,
        resolutions: resolutions.filter((r) => r.motion.trim()),
        grades,
        guests: guests
          .split(/[，,、\s]+/)
          .map((g) => g.trim())
          .filter(Boolean),
      });
      setError(undefined);
      await Taro.showToast({ title: '记录已保存', icon: 'success' });
      onChanged();
    } catch (err) {
      setError((err instanceof CloudError ? err : networkError()).message);
    } finally {
      setSending(false);
    }
  };

  const setResolution = (i: number, patch: Partial<Resolution>) =>
    setResolutions((prev) => prev.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  return (
    <View>
      <View className="activity-card">
        <Text className="activity-card__title">
          考勤：实到 {view.present} / 应到{' '}
          {view.attendance.filter((a) => a.state !== 'guest').length}
        </Text>
        <AttendanceList rows={view.attendance} onMark={mark} />
      </View>
      <View className="field-card">
        <Field label="议题" name="agenda">
          <Textarea
            className="field__textarea"
            data-testid="record-agenda"
            value={agenda}
            maxlength={ACTIVITY_LIMITS.agenda}
            autoHeight
            onInput={(e) => setAgenda(e.detail.value)}
          />
        </Field>
        <Field label="会议内容" name="content">
          <Textarea
            className="field__textarea"
            data-testid="record-content"
            value={content}
            maxlength={ACTIVITY_LIMITS.content}
            autoHeight
            placeholder="发言要点、讨论情况"
            onInput={(e) => setContent(e.detail.value)}
          />
        </Field>
        {view.type === '民主评议党员' && (
          <Field label="评定等次（预备党员参加评议，不评定等次）" name="grades">
            {view.attendance
              .filter((a) => a.voting)
              .map((a) => (
                <View key={a.memberId}>
                  <Text className="activity-card__muted">{a.name}</Text>
                  <Chips
                    options={[...APPRAISAL_GRADES, '未评'].map((g) => ({ value: g, label: g }))}
                    value={grades.find((g) => g.memberId === a.memberId)?.grade ?? '未评'}
                    onChange={(value) =>
                      setGrades((prev) => [
                        ...prev.filter((g) => g.memberId !== a.memberId),
                        ...(value === '未评'
                          ? []
                          : [{ memberId: a.memberId, grade: value as AppraisalGrade }]),
                      ])
                    }
                  />
                </View>
              ))}
          </Field>
        )}
        <Field label="列席人员（用逗号分隔）" name="guests">
          <Input
            className="field__input"
            value={guests}
            onInput={(e) => setGuests(e.detail.value)}
          />
        </Field>
        <Field label="决议与表决" name="resolutions">
          {resolutions.map((r, i) => (
            <View key={i}>
              <Input
                className="field__input"
                value={r.motion}
                placeholder="决议事项"
                onInput={(e) => setResolution(i, { motion: e.detail.value })}
              />
              <View className="activity-links">
                {(['yes', 'no', 'abstain'] as const).map((k) => (
                  <Input
                    key={k}
                    type="number"
                    value={String(r[k])}
                    placeholder={k === 'yes' ? '赞成' : k === 'no' ? '反对' : '弃权'}
                    onInput={(e) => setResolution(i, { [k]: count(e.detail.value) })}
                  />
                ))}
              </View>
            </View>
          ))}
          <Text
            className="activity-links"
            onClick={() =>
              setResolutions((prev) => [...prev, { motion: '', yes: 0, no: 0, abstain: 0 }])
            }
          >
            + 添加决议
          </Text>
        </Field>
        <Field label={`照片和视频（${view.media.length}）`} name="media">
          <View className="activity-photos">
            {view.media
              .filter((m) => m.kind === 'photo' && m.url)
              .map((m) => (
                <Image key={m.fileID} className="activity-photo" src={m.url!} mode="aspectFill" />
              ))}
          </View>
          <MediaUploader
            activityId={view._id}
            photos={view.media.filter((m) => m.kind === 'photo').length}
            onUploaded={onChanged}
          />
        </Field>
      </View>
      {view.issues.map((issue) => (
        <View key={issue} className="activity-warning" role="alert">
          {issue}
        </View>
      ))}
      <FormSubmit
        error={error}
        sending={sending}
        testId="record-save"
        onSubmit={save}
        secondary={
          view.can.confirm ? (
            <Button
              fill="outline"
              data-testid="record-confirm"
              disabled={act.sending}
              onClick={() =>
                act.run(async () => {
                  await activityApi.confirm(view._id);
                  await Taro.showToast({ title: '已确认', icon: 'success' });
                  onChanged();
                })
              }
            >
              确认记录
            </Button>
          ) : undefined
        }
      >
        保存记录
      </FormSubmit>
    </View>
  );
}
