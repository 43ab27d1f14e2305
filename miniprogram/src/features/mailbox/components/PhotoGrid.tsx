import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Image, Text, View } from '@tarojs/components';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { pickAndUploadPhotos, type LetterPhoto } from '../photo-upload';
import './mailbox.scss';

/** The photos of a letter being written: thumbnails to remove, a tile to add more. */
export function PhotoGrid({
  photos,
  max,
  onChange,
  onBusy,
  onError,
}: {
  photos: LetterPhoto[];
  max: number;
  onChange: (photos: LetterPhoto[]) => void;
  onBusy: (busy: boolean) => void;
  onError: (message: string) => void;
}) {
  const [uploading, setUploading] = useState(false);
  const add = async () => {
    setUploading(true);
    onBusy(true);
    try {
      const added = await pickAndUploadPhotos(max - photos.length);
      onChange([...photos, ...added]);
    } catch (err) {
      onError((err instanceof CloudError ? err : networkError()).message);
    } finally {
      setUploading(false);
      onBusy(false);
    }
  };
  return (
    <View className="mailbox-photos" data-testid="letter-photos">
      {photos.map((photo) => (
        <View key={photo.fileID} className="mailbox-photos__item">
          <Image
            className="mailbox-photos__image"
            src={photo.preview}
            mode="aspectFill"
            onClick={() =>
              Taro.previewImage({ urls: photos.map((p) => p.preview), current: photo.preview })
            }
          />
          <Text
            className="mailbox-photos__remove"
            aria-label="移除照片"
            onClick={() => onChange(photos.filter((p) => p !== photo))}
          >
            ×
          </Text>
        </View>
      ))}
      {photos.length < max && (
        <View
          className="mailbox-photos__add"
          data-testid="add-photo"
          onClick={uploading ? undefined : add}
        >
          <Text>{uploading ? '上传中…' : '＋ 照片'}</Text>
        </View>
      )}
    </View>
  );
}
