import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import './field.scss';

/**
 * A labelled form row with its error under it (the client's check or the server's `field`);
 * with `count`, how many characters are used of the limit, as the user types.
 */
export function Field({
  label,
  name,
  error,
  errorTestId,
  count,
  children,
}: {
  label: string;
  name: string;
  error?: string;
  /** For a form whose tests look for its one error by its own id (绑定: `bind-error`). */
  errorTestId?: string;
  count?: { length: number; max: number };
  children: ReactNode;
}) {
  return (
    <View className={`field ${error ? 'field--invalid' : ''}`} data-testid={`field-${name}`}>
      {count ? (
        <View className="field__head">
          <Text className="field__label">{label}</Text>
          <Text
            className={`field__count ${count.length >= count.max ? 'field__count--full' : ''}`}
            data-testid={`count-${name}`}
          >
            {count.length}/{count.max}
          </Text>
        </View>
      ) : (
        <Text className="field__label">{label}</Text>
      )}
      {children}
      {error && (
        <View className="field__error" role="alert" data-testid={errorTestId}>
          {error}
        </View>
      )}
    </View>
  );
}
