import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './field.scss';

/** A labelled form row with its error under it (the client's check or the server's `field`). */
export function Field({
  label,
  name,
  error,
  children,
}: {
  label: string;
  name: string;
  error?: string;
  children: ReactNode;
}) {
  return (
    <View className={`field ${error ? 'field--invalid' : ''}`} data-testid={`field-${name}`}>
      <Text className="field__label">{label}</Text>
      {children}
      {error && (
        <View className="field__error" role="alert">
          {error}
        </View>
      )}
    </View>
  );
}
