import { Picker, Text, View } from '@tarojs/components';
import '../../../components/field.scss';

/** One of a few fixed values (性别, 党员状态). */
export function ChoiceInput<T extends string>({
  options,
  value,
  onChange,
}: {
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <Picker
      mode="selector"
      range={options as T[]}
      value={options.indexOf(value)}
      onChange={(e) => onChange(options[Number(e.detail.value)])}
    >
      <View className="field__value">
        <Text>{value}</Text>
      </View>
    </Picker>
  );
}
