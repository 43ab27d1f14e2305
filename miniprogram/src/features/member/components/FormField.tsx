import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './form.scss';

/** A labelled input with the error for it (the client's check or the server's `field`). */
export function FormField({
  label,
  error,
  name,
  children,
}: {
  label: string;
  error?: string;
  name: string;
  children: ReactNode;
}) {
  return (
    <View
      className={`form__field ${error ? 'form__field--invalid' : ''}`}
      data-testid={`field-${name}`}
    >
      <Text className="form__label">{label}</Text>
      {children}
      {error && (
        <View className="form__error" role="alert">
          {error}
        </View>
      )}
    </View>
  );
}
