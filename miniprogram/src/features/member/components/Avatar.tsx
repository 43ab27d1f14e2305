import { Image, Text, View } from '@tarojs/components';

// WeChat's Image shows a cloud:// file as is; the H5 build has no link for it, so it shows the
// name's first character, as it does for a member without an avatar.
const showsCloudFiles = process.env.TARO_ENV === 'weapp';

export function Avatar({
  name,
  avatar,
  className,
}: {
  name: string;
  avatar: string | null;
  className: string;
}) {
  return (
    <View className={className} aria-hidden>
      {avatar && showsCloudFiles ? (
        <Image className="avatar__image" src={avatar} mode="aspectFill" />
      ) : (
        <Text>{name.slice(0, 1)}</Text>
      )}
    </View>
  );
}
