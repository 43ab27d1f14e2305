// The lesson player on the weapp build: it reports study when the page shows and when it hides
// (docs/domain.md §7.6). wx.cloud answers from the fixture below, checked against the contract.
import type { CallEvent } from '../../typings';
import { schoolSchemas, type OpenedLesson } from '../../typings/functions/school';
import { startWeappApp, waitFor, waitForText } from '../support/taro-weapp';

const lesson: OpenedLesson = {
  _id: 'course-branch-rules-l1',
  order: 0,
  kind: 'article',
  title: '三会一课怎么开',
  durationSeconds: 60,
  watched: 0,
  completed: false,
  courseId: 'course-branch-rules',
  url: null,
  body: '<p>党支部党员大会一般每季度召开1次。</p>',
  position: 12,
  sessionId: 'session-1',
  heartbeatSeconds: 15,
};

type Beat = {
  lessonId: string;
  sessionId: string;
  seq: number;
  position: number;
  playing: boolean;
};

describe('the lesson player on the weapp build', () => {
  const beats: Beat[] = [];
  const callFunction = jest.fn(async ({ data }: { name: string; data: CallEvent }) => {
    const parsed = (
      schoolSchemas as Record<string, { safeParse(d: unknown): { success: boolean } }>
    )[data.action]?.safeParse(data.data);
    if (!parsed?.success)
      return {
        result: { ok: false, error: { code: 'INVALID_ARGUMENT', message: '请求不合规定' } },
      };
    if (data.action === 'openLesson') return { result: { ok: true, data: lesson } };
    if (data.action === 'heartbeat') {
      beats.push(data.data as Beat);
      return {
        result: { ok: true, data: { credited: 0, watched: 0, completed: false, active: true } },
      };
    }
    return { result: { ok: false, error: { code: 'NOT_FOUND', message: data.action } } };
  });

  it('beats as the page shows, stops with a paused beat when it hides, and resumes on show', async () => {
    const mountPage = await startWeappApp({ cloud: { init: jest.fn(), callFunction } });
    const page = mountPage('packages/school/lesson/index', { id: lesson._id });
    await waitForText(page.dom!, '三会一课怎么开');
    await waitFor(() => beats.length === 1, 'the first beat on show');
    expect(beats[0]).toEqual({
      lessonId: lesson._id,
      sessionId: 'session-1',
      seq: 1,
      position: 12,
      playing: true,
    });

    const instance = page.instance as unknown as { onHide(): void; onShow(): void };
    instance.onHide();
    await waitFor(() => beats.length === 2, 'a beat on hide');
    expect(beats[1]).toMatchObject({ seq: 2, playing: false });

    instance.onShow();
    await waitFor(() => beats.length === 3, 'a beat on show again');
    expect(beats[2]).toMatchObject({ seq: 3, playing: true });
  });
});
