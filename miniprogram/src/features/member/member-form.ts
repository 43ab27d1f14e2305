import type { MemberDetail, MemberStatus, RequestOf } from '../../../../typings';
import { rosterEntryIssues } from '../../../../typings/policy/roster';

type CreateRequest = RequestOf<'member', 'create'>;
type UpdateRequest = RequestOf<'member', 'update'>;

/** The form's state. ID and phone numbers stay empty when editing: the client never has them. */
export interface MemberFormValues {
  name: string;
  gender: '男' | '女';
  ethnicity: string;
  birthDate: string | null;
  idNumber: string;
  /** When adding a member without an ID number: why it is unknown. */
  idNumberUnknownReason: string;
  education: string;
  nativePlace: string;
  phone: string;
  workStartDate: string | null;
  joinedDate: string | null;
  fullMemberDate: string | null;
  status: MemberStatus;
  post: string;
  mobile: boolean;
}

export type FieldErrors = Partial<Record<keyof MemberFormValues | 'orgId', string>>;

export const emptyMemberForm: MemberFormValues = {
  name: '',
  gender: '男',
  ethnicity: '汉族',
  birthDate: null,
  idNumber: '',
  idNumberUnknownReason: '',
  education: '',
  nativePlace: '',
  phone: '',
  workStartDate: null,
  joinedDate: null,
  fullMemberDate: null,
  status: '预备',
  post: '',
  mobile: false,
};

export const formFromMember = (m: MemberDetail): MemberFormValues => ({
  name: m.name,
  gender: m.gender,
  ethnicity: m.ethnicity,
  birthDate: m.birthDate,
  idNumber: '',
  idNumberUnknownReason: '',
  education: m.education,
  nativePlace: m.nativePlace,
  phone: '',
  workStartDate: m.workStartDate,
  joinedDate: m.joinedDate,
  fullMemberDate: m.fullMemberDate,
  status: m.status,
  post: m.post,
  mobile: m.mobile,
});

/**
 * Checks what the server would refuse anyway, so a typo is pointed out before sending; a new
 * entry also needs what the roster needs (typings/policy/roster.ts).
 */
export function validateMemberForm(v: MemberFormValues, create = false): FieldErrors {
  const errors: FieldErrors = {};
  if (create) {
    for (const { field, message } of rosterEntryIssues(v)) errors[field] = message;
  }
  if (!v.name.trim()) errors.name = '请填写姓名';
  if (!v.ethnicity.trim()) errors.ethnicity = '请填写民族';
  if (v.idNumber && !/^\d{17}[\dXx]$/.test(v.idNumber.trim()))
    errors.idNumber = '身份证号码应为 18 位';
  if (v.phone && !/^1\d{10}$/.test(v.phone.trim())) errors.phone = '手机号码应为 11 位数字';
  return errors;
}

const numberOrNull = (text: string) => (text.trim() ? text.trim().toUpperCase() : null);

export const toCreateRequest = (
  orgId: string,
  { idNumberUnknownReason, ...v }: MemberFormValues,
  confirmDuplicate = false,
): CreateRequest => ({
  ...v,
  orgId,
  idNumber: numberOrNull(v.idNumber),
  ...(v.idNumber.trim() ? {} : { idNumberUnknownReason: idNumberUnknownReason.trim() }),
  phone: numberOrNull(v.phone),
  ...(confirmDuplicate ? { confirmDuplicate } : {}),
});

/** Only what changed; an empty ID or phone box means "keep the number on file". */
export function toUpdateRequest(
  id: string,
  before: MemberFormValues,
  v: MemberFormValues,
): UpdateRequest {
  const patch: UpdateRequest = { id };
  const keys = Object.keys(v) as (keyof MemberFormValues)[];
  for (const key of keys) {
    if (key === 'idNumber' || key === 'phone' || key === 'idNumberUnknownReason') continue;
    if (v[key] !== before[key]) Object.assign(patch, { [key]: v[key] });
  }
  if (v.idNumber.trim()) patch.idNumber = numberOrNull(v.idNumber);
  if (v.phone.trim()) patch.phone = numberOrNull(v.phone);
  return patch;
}
