import { useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Picker, Textarea, View } from '@tarojs/components';
import type { AdminCourse } from '../../../../../typings/functions/school';
import { newRequestId } from '../../../../../typings/policy/request-id';
import { Chips } from '../../../components/Chips';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { authoringApi } from '../authoring-api';
import { pickMedia, uploadMedia } from '../media-upload';
import { UploadBar } from './UploadBar';
import '../../../components/field.scss';

export interface OrgChoice {
  _id: string;
  name: string;
  path: string;
}

type Errors = Partial<Record<'title' | 'scopeId' | 'assignment' | 'cover' | 'form', string>>;
const FIELD_OF: Record<string, keyof Errors> = {
  title: 'title',
  scopeId: 'scopeId',
  cover: 'cover',
  'assignment.orgId': 'assignment',
  'assignment.deadline': 'assignment',
};

/** A course's title, description, cover, scope and optional assignment with its deadline. */
export function CourseForm({
  course,
  orgs,
  today,
  onSaved,
}: {
  course?: AdminCourse;
  /** The organisations the admin administers, the widest first. */
  orgs: OrgChoice[];
  today: string;
  onSaved: (course: AdminCourse) => void;
}) {
  const [title, setTitle] = useState(course?.title ?? '');
  const [description, setDescription] = useState(course?.description ?? '');
  const [scopeId, setScopeId] = useState(course?.scopeId ?? orgs[0]?._id ?? '');
  const [assignedTo, setAssignedTo] = useState(course?.assignment?.orgId ?? '');
  const [deadline, setDeadline] = useState(course?.assignment?.deadline ?? '');
  const [cover, setCover] = useState(course?.cover ?? null);
  const [upload, setUpload] = useState<{ percent: number; done: boolean }>();
  const [errors, setErrors] = useState<Errors>({});
  const [sending, setSending] = useState(false);
  const requestId = useRef(newRequestId());

  const scope = orgs.find((o) => o._id === scopeId);
  const inScope = orgs.filter((o) => scope && o.path.startsWith(scope.path));

  const chooseCover = async () => {
    const media = await pickMedia('cover');
    if (!media) return;
    setUpload({ percent: 0, done: false });
    try {
      setCover(await uploadMedia(media, (percent) => setUpload({ percent, done: false })));
      setUpload({ percent: 100, done: true });
    } catch (err) {
      setUpload(undefined);
      setErrors({ cover: (err instanceof CloudError ? err : networkError()).message });
    }
  };

  const submit = async () => {
    const found: Errors = {};
    if (title.trim().length < 2) found.title = '标题至少 2 个字';
    if (assignedTo && !deadline) found.assignment = '请选择截止日期';
    setErrors(found);
    if (Object.keys(found).length) return;
    setSending(true);
    try {
      const saved = await authoringApi.saveCourse({
        ...(course ? { id: course._id } : {}),
        requestId: requestId.current,
        title,
        description,
        cover,
        scopeId,
        assignment: assignedTo ? { orgId: assignedTo, deadline } : null,
      });
      await Taro.showToast({ title: '已保存', icon: 'success' });
      onSaved(saved);
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      setErrors({ [FIELD_OF[error.field ?? ''] ?? 'form']: error.message });
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="field-card">
      <Field label="课程名称" name="course-title" error={errors.title}>
        <Input
          className="field__input"
          data-testid="course-title"
          value={title}
          maxlength={60}
          placeholder="如：学习贯彻党的二十届四中全会精神"
          onInput={(e) => setTitle(e.detail.value)}
        />
      </Field>
      <Field label="课程简介" name="course-description">
        <Textarea
          className="field__input"
          data-testid="course-description"
          value={description}
          maxlength={500}
          onInput={(e) => setDescription(e.detail.value)}
        />
      </Field>
      <Field label="封面" name="course-cover" error={errors.cover}>
        <View className="authoring-link" onClick={chooseCover}>
          {cover ? '更换封面' : '上传封面'}
        </View>
        {upload && <UploadBar {...upload} />}
      </Field>
      <Field label="学习范围" name="course-scope" error={errors.scopeId}>
        <Chips
          options={orgs.map((o) => ({ value: o._id, label: o.name }))}
          value={scopeId}
          onChange={(value) => {
            setScopeId(value);
            setAssignedTo('');
          }}
          testIdPrefix="course-scope-"
        />
      </Field>
      <Field label="指派学习" name="course-assignment" error={errors.assignment}>
        <Chips
          options={[
            { value: '', label: '不指派' },
            ...inScope.map((o) => ({ value: o._id, label: o.name })),
          ]}
          value={assignedTo}
          onChange={setAssignedTo}
          testIdPrefix="course-assign-"
        />
        {assignedTo && (
          <Picker
            mode="date"
            value={deadline || today}
            start={today}
            onChange={(e) => setDeadline(e.detail.value)}
          >
            <View className="authoring-link" data-testid="course-deadline">
              {deadline ? `截止 ${deadline}` : '选择截止日期'}
            </View>
          </Picker>
        )}
      </Field>
      <FormSubmit
        error={errors.form}
        sending={sending}
        waiting={!!upload && !upload.done}
        testId="course-save"
        onSubmit={submit}
      >
        保存课程
      </FormSubmit>
    </View>
  );
}
