import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import './field.scss';
import './form-submit.scss';

/**
 * The end of a form: the server's message that names no field, then the submit button, held
 * back while the form is sending (with a spinner) or `waiting` for other work such as an upload.
 * `secondary` is a lesser action placed before it (保存草稿).
 */
export function FormSubmit({
  error,
  sending,
  waiting = false,
  testId,
  onSubmit,
  secondary,
  children,
}: {
  error?: string;
  sending: boolean;
  waiting?: boolean;
  testId: string;
  onSubmit: () => void;
  secondary?: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {error && (
        <View className="form-submit__error" role="alert">
          {error}
        </View>
      )}
      <View className="field-actions">
        {secondary}
        <Button
          type="primary"
          data-testid={testId}
          disabled={sending || waiting}
          loading={sending}
          onClick={onSubmit}
        >
          {children}
        </Button>
      </View>
    </>
  );
}
