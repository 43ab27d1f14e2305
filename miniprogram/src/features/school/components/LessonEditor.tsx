import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, Textarea, View } from '@tarojs/components';
import type { AdminCourse, AdminLesson } from '../../../../../typings/functions/school';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { Chips } from '../../../components/Chips';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { useAction } from '../../../lib/use-action';
import { htmlToParagraphs, paragraphsToHtml } from '../article';
import { authoringApi } from '../authoring-api';
import { clockText, KIND_LABEL } from '../format';
import { pickMedia, uploadMedia } from '../media-upload';
import { UploadBar } from './UploadBar';
import '../../../components/field.scss';
import './authoring.scss';

type Kind = keyof typeof KIND_LABEL;

/** A course's lessons in order, moved up or down, edited or removed, and a form to add one. */
export function LessonEditor({
  course,
  onChange,
}: {
  course: AdminCourse;
  onChange: (course: AdminCourse) => void;
}) {
  const action = useAction();
  const [editing, setEditing] = useState<AdminLesson>();
  const move = (from: number, to: number) =>
    action.run(async () => {
      const ids = course.lessons.map((l) => l._id);
      [ids[from], ids[to]] = [ids[to], ids[from]];
      onChange(await authoringApi.reorderLessons(course._id, ids));
    });
  const remove = (lesson: AdminLesson) =>
    action.run(async () => {
      const { confirm } = await Taro.showModal({
        title: '删除课时',
        content: `删除「${lesson.title}」？`,
      });
      if (confirm) onChange(await authoringApi.deleteLesson(lesson._id));
    });

  return (
    <>
      <View className="field-card" data-testid="course-lessons">
        {course.lessons.length === 0 && <Text className="authoring-progress">还没有课时</Text>}
        {course.lessons.map((lesson, i) => (
          <View key={lesson._id} className="authoring-row" data-testid="course-lesson">
            <View className="authoring-row__text">
              <Text>
                {i + 1}. [{KIND_LABEL[lesson.kind]}] {lesson.title}
              </Text>
              <Text className="authoring-progress"> {clockText(lesson.durationSeconds)}</Text>
            </View>
            <View className="authoring-row__actions">
              {i > 0 && (
                <Text className="authoring-link" onClick={() => move(i, i - 1)}>
                  上移
                </Text>
              )}
              {i < course.lessons.length - 1 && (
                <Text className="authoring-link" onClick={() => move(i, i + 1)}>
                  下移
                </Text>
              )}
              <Text
                className="authoring-link"
                data-testid="lesson-edit"
                onClick={() => setEditing(lesson)}
              >
                编辑
              </Text>
              {course.status !== 'published' && (
                <Text className="authoring-link" onClick={() => remove(lesson)}>
                  删除
                </Text>
              )}
            </View>
          </View>
        ))}
      </View>
      <LessonForm
        key={editing?._id ?? 'new'}
        courseId={course._id}
        lesson={editing}
        onDone={() => setEditing(undefined)}
        onSaved={onChange}
      />
    </>
  );
}

type Errors = Partial<Record<'title' | 'file' | 'body' | 'form', string>>;

/**
 * A new lesson, or (`lesson`) one to edit: a video or audio uploaded with its progress shown,
 * or an article's text. An edited media lesson keeps its file unless another is uploaded.
 */
function LessonForm({
  courseId,
  lesson,
  onDone,
  onSaved,
}: {
  courseId: string;
  lesson?: AdminLesson;
  onDone: () => void;
  onSaved: (c: AdminCourse) => void;
}) {
  const [kind, setKind] = useState<Kind>(lesson?.kind ?? 'video');
  const [title, setTitle] = useState(lesson?.title ?? '');
  const [text, setText] = useState(lesson?.body ? htmlToParagraphs(lesson.body) : '');
  const [media, setMedia] = useState(
    lesson?.fileID ? { fileID: lesson.fileID, durationSeconds: lesson.durationSeconds } : undefined,
  );
  const [upload, setUpload] = useState<{ percent: number; done: boolean }>();
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  const requestId = useRef(newRequestId());

  const reset = (next: Kind) => {
    setKind(next);
    setMedia(undefined);
    setUpload(undefined);
    setErrors({});
  };

  const chooseFile = async () => {
    if (kind === 'article') return;
    const picked = await pickMedia(kind);
    if (!picked) return;
    if (picked.durationSeconds < 1) {
      setErrors({ file: '读不出该文件的时长，请换一个文件' });
      return;
    }
    setErrors({});
    setMedia(undefined);
    setUpload({ percent: 0, done: false });
    try {
      const fileID = await uploadMedia(picked, (percent) => setUpload({ percent, done: false }));
      setMedia({ fileID, durationSeconds: picked.durationSeconds });
      setUpload({ percent: 100, done: true });
    } catch (err) {
      setUpload(undefined);
      setErrors({ file: (err instanceof CloudError ? err : networkError()).message });
    }
  };

  const submit = async () => {
    const found: Errors = {};
    if (!title.trim()) found.title = '请填写课时名称';
    if (kind !== 'article' && !media) found.file = '请先上传文件';
    if (kind === 'article' && !paragraphsToHtml(text)) found.body = '请填写正文';
    setErrors(found);
    if (Object.keys(found).length) return;
    setSending(true);
    try {
      const saved = await authoringApi.saveLesson({
        courseId,
        ...(lesson ? { id: lesson._id } : {}),
        requestId: requestId.current,
        title,
        content:
          kind === 'article'
            ? { kind, body: paragraphsToHtml(text) }
            : { kind, fileID: media!.fileID, durationSeconds: media!.durationSeconds },
      });
      requestId.current = newRequestId();
      setTitle('');
      setText('');
      reset(kind);
      onSaved(saved);
      onDone();
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      const field = error.field ?? '';
      setErrors({
        [field === 'title'
          ? 'title'
          : field.startsWith('content.body')
            ? 'body'
            : field.startsWith('content')
              ? 'file'
              : 'form']: error.message,
      });
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="field-card" data-testid="lesson-form">
      <Field label={lesson ? `编辑课时「${lesson.title}」` : '添加课时'} name="lesson-kind">
        <Chips
          options={(Object.keys(KIND_LABEL) as Kind[]).map((k) => ({
            value: k,
            label: KIND_LABEL[k],
          }))}
          value={kind}
          onChange={(value) => reset(value as Kind)}
          testIdPrefix="lesson-kind-"
        />
      </Field>
      <Field label="课时名称" name="lesson-title" error={errors.title}>
        <Input
          className="field__input"
          data-testid="lesson-title"
          value={title}
          maxlength={60}
          onInput={(e) => setTitle(e.detail.value)}
        />
      </Field>
      {kind === 'article' ? (
        <Field label="正文（每行一段）" name="lesson-body" error={errors.body}>
          <Textarea
            className="field__input"
            data-testid="lesson-body"
            value={text}
            maxlength={20000}
            onInput={(e) => setText(e.detail.value)}
          />
        </Field>
      ) : (
        <Field
          label={kind === 'video' ? '视频文件（mp4）' : '音频文件（m4a）'}
          name="lesson-file"
          error={errors.file}
        >
          <View className="authoring-link" data-testid="lesson-file" onClick={chooseFile}>
            {media ? '重新选择' : '选择文件并上传'}
          </View>
          {upload && <UploadBar {...upload} />}
          {media && (
            <Text className="authoring-progress">时长 {clockText(media.durationSeconds)}</Text>
          )}
        </Field>
      )}
      <FormSubmit
        error={errors.form}
        sending={sending}
        waiting={!!upload && !upload.done}
        testId="lesson-save"
        onSubmit={submit}
      >
        {lesson ? '保存修改' : '添加课时'}
      </FormSubmit>
      {lesson && (
        <Text className="authoring-link" data-testid="lesson-edit-cancel" onClick={onDone}>
          取消编辑
        </Text>
      )}
    </View>
  );
}
