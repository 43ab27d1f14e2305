import { Text, View } from '@tarojs/components';
import './tabs.scss';

export interface Tab<T> {
  value: T;
  label: string;
}

/**
 * Equal-width tabs underlined in red, switching one list between a few views (未读/已读,
 * 待审核/需人工审核). `className` places the bar in its page.
 */
export function Tabs<T>(props: {
  options: readonly Tab<T>[];
  value: T;
  onChange: (value: T) => void;
  className: string;
}) {
  return (
    <View className={`tabs ${props.className}`} role="tablist">
      {props.options.map((option) => (
        <View
          key={String(option.value)}
          role="tab"
          aria-selected={option.value === props.value}
          className={`tabs__tab ${option.value === props.value ? 'tabs__tab--active' : ''}`}
          onClick={() => props.onChange(option.value)}
        >
          <Text>{option.label}</Text>
        </View>
      ))}
    </View>
  );
}
