import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Switch, View } from '@tarojs/components';
import type { MemberDetail } from '../../../../../typings';
import { UNKNOWN_ID_REASON_LENGTH } from '../../../../../typings/policy/roster';
import { MEMBER_STATUSES } from '../../../../../typings/policy/workflow';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { memberApi } from '../api';
import {
  toCreateRequest,
  toUpdateRequest,
  validateMemberForm,
  type FieldErrors,
  type MemberFormValues,
} from '../member-form';
import { BranchPicker } from './BranchPicker';
import { ChoiceInput } from './ChoiceInput';
import { DateInput } from './DateInput';
import '../../../components/field.scss';

type Target = { create: true; orgId: string | undefined } | { create: false; member: MemberDetail };

const TEXT_FIELDS = {
  name: { label: '姓名', max: 20 },
  ethnicity: { label: '民族', max: 20 },
  education: { label: '学历', max: 20 },
  nativePlace: { label: '籍贯', max: 50 },
  post: { label: '工作岗位', max: 50 },
} as const;

const DATE_FIELDS = {
  birthDate: '出生日期',
  workStartDate: '参加工作日期',
  joinedDate: '入党日期',
  fullMemberDate: '转正日期',
} as const;

/** Adds a roster entry, or edits one sending only what changed; errors show by their field. */
export function MemberForm({ target, initial }: { target: Target; initial: MemberFormValues }) {
  const [values, setValues] = useState(initial);
  const [orgId, setOrgId] = useState(target.create ? target.orgId : undefined);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState('');
  const [sending, setSending] = useState(false);

  const set = <K extends keyof MemberFormValues>(key: K, value: MemberFormValues[K]) =>
    setValues((prev) => ({ ...prev, [key]: value }));

  const submit = async (confirmDuplicate = false): Promise<void> => {
    const found = validateMemberForm(values, target.create);
    if (target.create && !orgId) found.orgId = '请选择所在支部';
    setErrors(found);
    setFormError('');
    if (Object.keys(found).length) return;
    setSending(true);
    try {
      const saved = target.create
        ? await memberApi.create(toCreateRequest(orgId as string, values, confirmDuplicate))
        : await memberApi.update(toUpdateRequest(target.member._id, initial, values));
      await Taro.showToast({ title: '已保存', icon: 'success' });
      if (target.create)
        await Taro.redirectTo({ url: `/packages/member/detail/index?id=${saved._id}` });
      else await Taro.navigateBack();
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      // A likely duplicate is added only when the secretary says it is another person.
      if (error.field === 'confirmDuplicate') {
        setSending(false);
        const { confirm } = await Taro.showModal({
          title: '可能重复登记',
          content: error.message,
          confirmText: '仍要添加',
        });
        if (confirm) return submit(true);
        return;
      }
      if (error.field) setErrors({ [error.field]: error.message });
      else setFormError(error.message);
    } finally {
      setSending(false);
    }
  };

  const text = (key: keyof typeof TEXT_FIELDS) => (
    <Field key={key} name={key} label={TEXT_FIELDS[key].label} error={errors[key]}>
      <Input
        className="field__input"
        value={values[key]}
        maxlength={TEXT_FIELDS[key].max}
        placeholder={`请填写${TEXT_FIELDS[key].label}`}
        onInput={(e) => set(key, e.detail.value)}
      />
    </Field>
  );
  const date = (key: keyof typeof DATE_FIELDS) => (
    <Field key={key} name={key} label={DATE_FIELDS[key]} error={errors[key]}>
      <DateInput value={values[key]} onChange={(value) => set(key, value)} />
    </Field>
  );
  const masked = (number: string | null | undefined) =>
    number ? `已登记 ${number}，留空则不修改` : '未登记';

  return (
    <View>
      <View className="field-card">
        {target.create && (
          <Field name="orgId" label="所在支部" error={errors.orgId}>
            <BranchPicker
              value={orgId}
              placeholder="请选择所在支部"
              onChange={(branch) => setOrgId(branch._id)}
            />
          </Field>
        )}
        {text('name')}
        <Field name="gender" label="性别" error={errors.gender}>
          <ChoiceInput
            options={['男', '女'] as const}
            value={values.gender}
            onChange={(v) => set('gender', v)}
          />
        </Field>
        {text('ethnicity')}
        {date('birthDate')}
        <Field name="idNumber" label="身份证号码" error={errors.idNumber}>
          <Input
            className="field__input"
            type="idcard"
            value={values.idNumber}
            maxlength={18}
            placeholder={target.create ? '18 位身份证号码' : masked(target.member.idNumberMasked)}
            onInput={(e) => set('idNumber', e.detail.value)}
          />
        </Field>
        {target.create && !values.idNumber.trim() && (
          <Field
            name="idNumberUnknownReason"
            label="无身份证号码的原因"
            error={errors.idNumberUnknownReason}
          >
            <Input
              className="field__input"
              data-testid="member-id-unknown-reason"
              value={values.idNumberUnknownReason}
              maxlength={UNKNOWN_ID_REASON_LENGTH.max}
              placeholder="确实无法提供身份证号码时填写，如：外籍党员"
              onInput={(e) => set('idNumberUnknownReason', e.detail.value)}
            />
          </Field>
        )}
        {text('education')}
        {text('nativePlace')}
        <Field name="phone" label="手机号码" error={errors.phone}>
          <Input
            className="field__input"
            type="number"
            value={values.phone}
            maxlength={11}
            placeholder={target.create ? '11 位手机号码' : masked(target.member.phoneMasked)}
            onInput={(e) => set('phone', e.detail.value)}
          />
        </Field>
        {date('workStartDate')}
        {date('joinedDate')}
        {date('fullMemberDate')}
        <Field name="status" label="党员状态" error={errors.status}>
          <ChoiceInput
            options={MEMBER_STATUSES}
            value={values.status}
            onChange={(v) => set('status', v)}
          />
        </Field>
        {text('post')}
        <Field name="mobile" label="流动党员" error={errors.mobile}>
          <Switch
            checked={values.mobile}
            color="#C8161D"
            onChange={(e) => set('mobile', e.detail.value)}
          />
        </Field>
      </View>
      <FormSubmit
        error={formError}
        sending={sending}
        testId="member-save"
        onSubmit={() => submit()}
      >
        保存
      </FormSubmit>
    </View>
  );
}
