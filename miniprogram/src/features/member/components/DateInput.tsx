import dayjs from 'dayjs';
import { Picker, Text, View } from '@tarojs/components';
import { formatDate } from '../../../lib/format';
import '../../../components/field.scss';

/** A calendar date `YYYY-MM-DD` picked with the platform's date picker. */
export function DateInput({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (date: string) => void;
}) {
  return (
    <Picker
      mode="date"
      value={value ?? dayjs().format('YYYY-MM-DD')}
      start="1920-01-01"
      end={dayjs().format('YYYY-MM-DD')}
      onChange={(e) => onChange(e.detail.value)}
    >
      <View className={`field__value ${value ? '' : 'field__value--empty'}`}>
        <Text>{value ? formatDate(value) : '请选择日期'}</Text>
      </View>
    </Picker>
  );
}
