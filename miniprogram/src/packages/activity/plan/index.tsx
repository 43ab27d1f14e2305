import { View } from '@tarojs/components';
import { PlanForm } from '../../../features/activity/components/PlanForm';

export default function PlanActivityPage() {
  return (
    <View className="page">
      <PlanForm />
    </View>
  );
}
