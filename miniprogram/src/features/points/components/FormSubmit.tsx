import type { ReactNode } from 'react';
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import './AdjustForm.scss';

/** The end of an adjustment or reversal form: the server's message, then the one submit button. */
export function FormSubmit({
  error,
  sending,
  testId,
  onSubmit,
  children,
}: {
  error: string;
  sending: boolean;
  testId: string;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <>
      {error && (
        <View className="field__error adjust-form__error" role="alert">
          {error}
        </View>
      )}
      <View className="field-actions">
        <Button
          type="primary"
          data-testid={testId}
          disabled={sending}
          loading={sending}
          onClick={onSubmit}
        >
          {children}
        </Button>
      </View>
    </>
  );
}
