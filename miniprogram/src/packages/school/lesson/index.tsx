import { useCallback, useEffect, useRef, useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { RichText, Text, Video, View } from '@tarojs/components';
import type { BeatReply, OpenedLesson } from '../../../../../typings/functions/school';
import { ErrorState } from '../../../components/ErrorState';
import { Loading } from '../../../components/Loading';
import { schoolApi } from '../../../features/school/api';
import { clockText, percent } from '../../../features/school/format';
import { NoteBox } from '../../../features/school/components/NoteBox';
import { useStudyHeartbeat } from '../../../features/school/use-study-heartbeat';
import { CloudError, networkError } from '../../../lib/cloud-error';
import '../../../features/school/components/school.scss';

/**
 * The lesson player. Video and audio report where playback is while they play; an article
 * counts the seconds it is on screen. Only what the server credits shows as watched.
 */
export default function LessonPage() {
  const { params } = useRouter();
  const id = params.id ?? '';
  const [lesson, setLesson] = useState<OpenedLesson>();
  const [error, setError] = useState<CloudError>();
  const [progress, setProgress] = useState({ watched: 0, completed: false, active: true });
  const position = useRef(0);

  const open = useCallback(() => {
    setError(undefined);
    schoolApi.openLesson(id).then(
      (opened) => {
        position.current = opened.position;
        setLesson(opened);
        setProgress({ watched: opened.watched, completed: opened.completed, active: true });
      },
      (err: unknown) => setError(err instanceof CloudError ? err : networkError()),
    );
  }, [id]);
  useEffect(open, [open]);

  const onReply = (reply: BeatReply) =>
    setProgress({ watched: reply.watched, completed: reply.completed, active: reply.active });
  const beats = useStudyHeartbeat(lesson, () => position.current, onReply);

  // An article is read while it is on screen: its place is the seconds spent reading.
  const isArticle = lesson?.kind === 'article';
  useEffect(() => {
    if (!isArticle) return;
    beats.play();
    const tick = setInterval(() => (position.current += 1), 1000);
    return () => clearInterval(tick);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isArticle, lesson?.sessionId]);

  if (error) return <ErrorState error={error} onRetry={open} />;
  if (!lesson) return <Loading />;
  return (
    <View className="page page--flush">
      {lesson.kind === 'article' ? (
        <RichText className="school-article" nodes={lesson.body ?? ''} />
      ) : (
        <Video
          className="school-player"
          src={lesson.url ?? ''}
          initialTime={lesson.position}
          controls
          data-testid="school-player"
          onPlay={beats.play}
          onPause={beats.pause}
          onEnded={beats.pause}
          onTimeUpdate={(e) => (position.current = e.detail.currentTime)}
        />
      )}
      <View className="school-card" data-testid="school-progress">
        <Text className="school-card__title">{lesson.title}</Text>
        <Text className="school-card__meta">
          {progress.completed
            ? '已完成本课时'
            : `已学 ${clockText(progress.watched)} / ${clockText(lesson.durationSeconds)}，学满 90% 即完成`}
        </Text>
        <View className="school-bar">
          <View
            className="school-bar__fill"
            style={{ width: percent(progress.watched, lesson.durationSeconds) }}
          />
        </View>
        {!progress.active && (
          <Text className="school-card__meta">你已在其他页面或设备上学习，本页不再计时</Text>
        )}
      </View>
      <NoteBox lessonId={lesson._id} />
    </View>
  );
}
