import { Picker, Text, View } from '@tarojs/components';
import type { OrgNode } from '../../../../../typings';
import { useOrgTree } from '../api';
import '../../../components/field.scss';

/** Chooses one of the branches in the caller's scope (members belong to 党支部 only). */
export function BranchPicker({
  value,
  onChange,
  placeholder,
}: {
  value: string | undefined;
  onChange: (branch: OrgNode) => void;
  placeholder: string;
}) {
  const { data, error } = useOrgTree();
  const branches = (data?.items ?? []).filter((org) => org.type === '党支部');
  const index = branches.findIndex((org) => org._id === value);
  const shown = index >= 0 ? branches[index].name : error ? error.message : placeholder;
  return (
    <Picker
      mode="selector"
      range={branches.map((org) => org.name)}
      value={Math.max(index, 0)}
      disabled={!branches.length}
      onChange={(e) => onChange(branches[Number(e.detail.value)])}
    >
      <View className={`field__value ${index >= 0 ? '' : 'field__value--empty'}`}>
        <Text>{shown}</Text>
      </View>
    </Picker>
  );
}
