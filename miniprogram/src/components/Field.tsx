import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './field.scss';

/** A labelled form row with its error under it (the client's check or the server's `field`). */
export function Field({
  label,
  name,
  error,
  errorTestId,
  children,
}: {
  label: string;
  name: string;
  error?: string;
  /** For a form whose tests look for its one error by its own id (绑定: `bind-error`). */
  errorTestId?: string;
  children: ReactNode;
}) {
  return (
    <View className={`field ${error ? 'field--invalid' : ''}`} data-testid={`field-${name}`}>
      <Text className="field__label">{label}</Text>
      {children}
      {error && (
        <View className="field__error" role="alert" data-testid={errorTestId}>
          {error}
        </View>
      )}
    </View>
  );
}
