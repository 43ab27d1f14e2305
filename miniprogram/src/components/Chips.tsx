import { Text, View } from '@tarojs/components';
import './chips.scss';

export interface Chip {
  value: string;
  label: string;
}

/** One choice among a few, all in sight (a column, an audience): large enough to tap. */
export function Chips(props: {
  options: Chip[];
  value: string;
  onChange: (value: string) => void;
  testIdPrefix?: string;
}) {
  return (
    <View className="chips">
      {props.options.map((option) => (
        <Text
          key={option.value}
          className={`chips__chip ${option.value === props.value ? 'chips__chip--active' : ''}`}
          data-testid={props.testIdPrefix ? `${props.testIdPrefix}${option.label}` : undefined}
          onClick={() => props.onChange(option.value)}
        >
          {option.label}
        </Text>
      ))}
    </View>
  );
}
