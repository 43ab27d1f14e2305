import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Input, Text, View } from '@tarojs/components';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { memberApi } from '../api';
import { INVITE_CODE_LENGTH, normaliseInviteCode } from '../invite-code';
import '../../../components/field.scss';
import './BindForm.scss';

/** Binds the WeChat user with the code their secretary issued, then shows them 我的. */
export function BindForm() {
  const [code, setCode] = useState('');
  const [error, setError] = useState('');
  const [sending, setSending] = useState(false);

  const submit = async () => {
    if (normaliseInviteCode(code).length !== INVITE_CODE_LENGTH) {
      setError(`邀请码为 ${INVITE_CODE_LENGTH} 位字母或数字，请核对后重新输入`);
      return;
    }
    setSending(true);
    setError('');
    try {
      const me = await memberApi.bind(code);
      await Taro.showToast({
        title: me.bound ? `已绑定：${me.org.name}` : '绑定成功',
        icon: 'none',
      });
      await Taro.switchTab({ url: '/pages/me/index' });
    } catch (err) {
      setError((err instanceof CloudError ? err : networkError()).message);
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="bind-form">
      <Text className="bind-form__title">绑定党员身份</Text>
      <Text className="bind-form__hint">
        请输入支部书记给你的 {INVITE_CODE_LENGTH} 位邀请码，字母不区分大小写
      </Text>
      <View className="field-card">
        <Field label="邀请码" name="code" error={error} errorTestId="bind-error">
          <Input
            className="field__input bind-form__input"
            data-testid="bind-code"
            value={code}
            maxlength={16}
            placeholder="例如 ABCD EFGH"
            onInput={(e) => setCode(e.detail.value)}
            onConfirm={submit}
          />
        </Field>
      </View>
      <FormSubmit sending={sending} testId="bind-submit" onSubmit={submit}>
        绑定
      </FormSubmit>
    </View>
  );
}
