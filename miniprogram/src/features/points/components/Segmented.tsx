import { Text, View } from '@tarojs/components';
import './Segmented.scss';

/** A few mutually exclusive views side by side: 本月/本年度, 各支部/本支部. */
export function Segmented<T extends string>({
  options,
  value,
  onChange,
}: {
  options: readonly (readonly [T, string])[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <View className="segmented" role="tablist">
      {options.map(([option, label]) => (
        <View
          key={option}
          role="tab"
          aria-selected={option === value}
          className={`segmented__option ${option === value ? 'segmented__option--on' : ''}`}
          onClick={() => onChange(option)}
        >
          <Text>{label}</Text>
        </View>
      ))}
    </View>
  );
}
