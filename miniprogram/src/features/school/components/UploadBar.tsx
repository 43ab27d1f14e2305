import { Text, View } from '@tarojs/components';
import './authoring.scss';
import './school.scss';

/** An upload's progress as a bar and a figure, and 上传完成 once the file is stored. */
export function UploadBar({ percent, done }: { percent: number; done: boolean }) {
  return (
    <View className="authoring-progress" data-testid="school-upload-progress">
      <View className="school-bar">
        <View className="school-bar__fill" style={{ width: `${done ? 100 : percent}%` }} />
      </View>
      <Text>{done ? '上传完成' : `上传中 ${percent}%`}</Text>
    </View>
  );
}
