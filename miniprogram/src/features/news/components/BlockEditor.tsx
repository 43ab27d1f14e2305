import { useState } from 'react';
import { Image, Text, Textarea, View } from '@tarojs/components';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { blockKey, type Block } from '../blocks';
import './BlockEditor.scss';

type TextKind = 'p' | 'h2';

/**
 * A phone-sized article editor: a column of paragraphs, headings and images that can be moved
 * and removed. Images are uploaded as they are added (`addImage`).
 */
export function BlockEditor({
  blocks,
  onChange,
  addImage,
}: {
  blocks: Block[];
  onChange: (blocks: Block[]) => void;
  addImage: () => Promise<{ src: string; preview: string } | undefined>;
}) {
  const [uploading, setUploading] = useState(false);
  const [uploadError, setUploadError] = useState('');

  const update = (index: number, text: string) =>
    onChange(blocks.map((b, i) => (i === index && b.kind !== 'img' ? { ...b, text } : b)));
  const remove = (index: number) => onChange(blocks.filter((_b, i) => i !== index));
  const move = (index: number, by: -1 | 1) => {
    const target = index + by;
    if (target < 0 || target >= blocks.length) return;
    const next = [...blocks];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange(next);
  };
  const addText = (kind: TextKind) => onChange([...blocks, { key: blockKey(), kind, text: '' }]);
  const insertImage = async () => {
    setUploading(true);
    setUploadError('');
    try {
      const image = await addImage();
      if (image) onChange([...blocks, { key: blockKey(), kind: 'img', ...image }]);
    } catch (err) {
      setUploadError((err instanceof CloudError ? err : networkError()).message);
    } finally {
      setUploading(false);
    }
  };

  return (
    <View className="block-editor" data-testid="block-editor">
      {blocks.map((block, index) => (
        <View key={block.key} className="block-editor__block" data-testid={`block-${index}`}>
          {block.kind === 'img' ? (
            <Image className="block-editor__image" src={block.preview} mode="widthFix" />
          ) : (
            <Textarea
              className={`block-editor__text block-editor__text--${block.kind}`}
              value={block.text}
              autoHeight
              maxlength={-1}
              placeholder={block.kind === 'h2' ? '小标题' : '正文段落'}
              onInput={(e) => update(index, e.detail.value)}
            />
          )}
          <View className="block-editor__tools">
            <Text className="block-editor__tool" onClick={() => move(index, -1)}>
              上移
            </Text>
            <Text className="block-editor__tool" onClick={() => move(index, 1)}>
              下移
            </Text>
            <Text
              className="block-editor__tool block-editor__tool--danger"
              onClick={() => remove(index)}
            >
              删除
            </Text>
          </View>
        </View>
      ))}
      <View className="block-editor__add">
        <Text
          className="block-editor__add-button"
          data-testid="add-paragraph"
          onClick={() => addText('p')}
        >
          + 段落
        </Text>
        <Text
          className="block-editor__add-button"
          data-testid="add-heading"
          onClick={() => addText('h2')}
        >
          + 小标题
        </Text>
        <Text
          className="block-editor__add-button"
          data-testid="add-image"
          onClick={uploading ? undefined : insertImage}
        >
          {uploading ? '上传中…' : '+ 图片'}
        </Text>
      </View>
      {uploadError && (
        <View className="block-editor__error" role="alert">
          {uploadError}
        </View>
      )}
    </View>
  );
}
