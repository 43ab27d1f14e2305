import { useEffect, useRef } from 'react';
import { useDidHide, useDidShow, useUnload } from '@tarojs/taro';
import type { BeatReply } from '../../../../typings/functions/school';
import { schoolApi } from './api';

export interface StudyBeats {
  /** Playback started or resumed (an article: the page is being read). */
  play(): void;
  /** Playback paused or ended. */
  pause(): void;
}

/**
 * Reports a lesson's study to the server (docs/domain.md §7.6): a beat every interval while it
 * plays and the page is visible, one when it pauses, and one when the page is hidden or closed.
 * Each beat says where playback is; the server decides what counts on its own clock.
 */
export function useStudyHeartbeat(
  lesson: { _id: string; sessionId: string; heartbeatSeconds: number } | undefined,
  position: () => number,
  onReply: (reply: BeatReply) => void,
): StudyBeats {
  const seq = useRef(0);
  const playing = useRef(false);
  const visible = useRef(true);
  const timer = useRef<ReturnType<typeof setInterval>>();
  const latest = useRef({ lesson, position, onReply });
  latest.current = { lesson, position, onReply };

  const send = (nowPlaying: boolean) => {
    const { lesson: open, position: at, onReply: reply } = latest.current;
    if (!open) return;
    seq.current += 1;
    schoolApi
      .heartbeat({
        lessonId: open._id,
        sessionId: open.sessionId,
        seq: seq.current,
        position: Math.max(0, Math.round(at() * 10) / 10),
        playing: nowPlaying,
      })
      .then(reply, () => undefined);
  };
  const stopTimer = () => {
    if (timer.current) clearInterval(timer.current);
    timer.current = undefined;
  };
  const run = () => {
    const open = latest.current.lesson;
    if (!open || timer.current || !playing.current || !visible.current) return;
    send(true);
    timer.current = setInterval(() => send(true), open.heartbeatSeconds * 1000);
  };
  const halt = () => {
    if (!timer.current) return;
    stopTimer();
    send(false);
  };
  const controls = useRef({ run, halt });
  controls.current = { run, halt };

  useEffect(() => {
    seq.current = 0;
    return () => controls.current.halt();
  }, [lesson?.sessionId]);
  useDidShow(() => {
    visible.current = true;
    controls.current.run();
  });
  useDidHide(() => {
    visible.current = false;
    controls.current.halt();
  });
  useUnload(() => controls.current.halt());

  return {
    play() {
      playing.current = true;
      controls.current.run();
    },
    pause() {
      playing.current = false;
      controls.current.halt();
    },
  };
}
