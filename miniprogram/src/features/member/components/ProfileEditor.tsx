import { NICKNAME_MAX } from '../../../../../typings/policy/limits';
import { hasUnsafeCharacters, UNSAFE_TEXT_MESSAGE } from '../../../../../typings/policy/text';
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Button as NativeButton, Image, Input, Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { MemberView } from '../../../../../typings';
import { Field } from '../../../components/Field';
import { FormSubmit } from '../../../components/FormSubmit';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { randomName, uploadFile, type PickedFile } from '../../../lib/upload';
import { memberApi } from '../api';
import { chooseImageInBrowser, imageExtension, wechatAvatarFile } from '../avatar-file';
import '../../../components/field.scss';
import './ProfileEditor.scss';

const isWeapp = process.env.TARO_ENV === 'weapp';

/** The member's own avatar and nickname; a nickname passes the content check on the server. */
export function ProfileEditor({ member }: { member: MemberView }) {
  const [nickname, setNickname] = useState(member.nickname ?? '');
  const [preview, setPreview] = useState(isWeapp ? (member.avatar ?? '') : '');
  const [errors, setErrors] = useState<{ nickname?: string; avatar?: string }>({});
  const [sending, setSending] = useState(false);

  const save = async (
    work: () => Promise<Parameters<typeof memberApi.updateProfile>[0]>,
    done: string,
  ) => {
    setSending(true);
    setErrors({});
    try {
      await memberApi.updateProfile(await work());
      await Taro.showToast({ title: done, icon: 'success' });
    } catch (err) {
      const error = err instanceof CloudError ? err : networkError();
      setErrors({ [error.field === 'nickname' ? 'nickname' : 'avatar']: error.message });
    } finally {
      setSending(false);
    }
  };

  const saveAvatar = (file: PickedFile, ext: string, shown: string) => {
    setPreview(shown);
    return save(async () => {
      const avatar = await uploadFile(`avatars/${member._id}/${randomName(ext)}`, file);
      return { avatar };
    }, '头像已更新');
  };

  const chooseInBrowser = async () => {
    const picked = await chooseImageInBrowser();
    if (!picked) return;
    const ext = 'name' in picked.file ? imageExtension(picked.file.name) : 'png';
    await saveAvatar(picked.file, ext, picked.preview);
  };

  const saveNickname = () => {
    if (!nickname.trim()) {
      setErrors({ nickname: '请填写昵称' });
      return;
    }
    if (hasUnsafeCharacters(nickname, false)) {
      setErrors({ nickname: UNSAFE_TEXT_MESSAGE });
      return;
    }
    return save(async () => ({ nickname: nickname.trim() }), '昵称已更新');
  };

  return (
    <View>
      <View className="field-card">
        <Field name="avatar" label="头像" error={errors.avatar}>
          <View className="profile-editor__avatar-row">
            <View className="profile-editor__avatar">
              {preview ? (
                <Image className="profile-editor__image" src={preview} mode="aspectFill" />
              ) : (
                <Text>{member.name.slice(0, 1)}</Text>
              )}
            </View>
            {isWeapp ? (
              <NativeButton
                className="profile-editor__choose"
                openType="chooseAvatar"
                disabled={sending}
                onChooseAvatar={(e) =>
                  saveAvatar(
                    wechatAvatarFile(e.detail.avatarUrl),
                    imageExtension(e.detail.avatarUrl),
                    e.detail.avatarUrl,
                  )
                }
              >
                更换头像
              </NativeButton>
            ) : (
              <Button type="primary" fill="outline" disabled={sending} onClick={chooseInBrowser}>
                更换头像
              </Button>
            )}
          </View>
        </Field>
        <Field
          name="nickname"
          label="昵称"
          error={errors.nickname}
          count={{ length: nickname.length, max: NICKNAME_MAX }}
        >
          <Input
            className="field__input"
            type={isWeapp ? 'nickname' : 'text'}
            data-testid="nickname"
            value={nickname}
            maxlength={NICKNAME_MAX}
            placeholder="请输入昵称"
            onInput={(e) => setNickname(e.detail.value)}
            onBlur={(e) => setNickname(e.detail.value)}
          />
        </Field>
      </View>
      <FormSubmit sending={sending} testId="nickname-save" onSubmit={saveNickname}>
        保存昵称
      </FormSubmit>
    </View>
  );
}
