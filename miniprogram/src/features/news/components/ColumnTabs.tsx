import { ScrollView, Text, View } from '@tarojs/components';
import type { NewsColumn } from '../../../../../typings';
import './ColumnTabs.scss';

/**
 * The feed's tabs: 全部 and each column name. Same-named columns of an organisation chain are one
 * tab, as the server filters on the name.
 */
export function ColumnTabs({
  columns,
  active,
  onChange,
}: {
  columns: NewsColumn[];
  active: string | undefined;
  onChange: (column: string | undefined) => void;
}) {
  const names = [...new Set(columns.map((c) => c.name))];
  const tabs: { label: string; value: string | undefined }[] = [
    { label: '全部', value: undefined },
    ...names.map((name) => ({ label: name, value: name })),
  ];
  return (
    <ScrollView className="column-tabs" scrollX enhanced showScrollbar={false}>
      <View className="column-tabs__row" role="tablist">
        {tabs.map((tab) => (
          <View
            key={tab.label}
            role="tab"
            aria-selected={tab.value === active}
            className={`column-tabs__tab ${tab.value === active ? 'column-tabs__tab--active' : ''}`}
            data-testid={`column-tab-${tab.label}`}
            onClick={() => onChange(tab.value)}
          >
            <Text>{tab.label}</Text>
          </View>
        ))}
      </View>
    </ScrollView>
  );
}
