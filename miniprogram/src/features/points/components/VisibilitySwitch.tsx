import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Switch, Text, View } from '@tarojs/components';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { pointsApi } from '../api';
import './card.scss';

/** Opting in to appear by name in the branch ranking; until then the member is listed anonymised. */
export function VisibilitySwitch({ visible }: { visible: boolean }) {
  const [checked, setChecked] = useState(visible);
  const [sending, setSending] = useState(false);
  useEffect(() => setChecked(visible), [visible]);

  const change = async (next: boolean) => {
    setChecked(next);
    setSending(true);
    try {
      const saved = await pointsApi.setVisibility(next);
      setChecked(saved.visible);
      Taro.showToast({ title: saved.visible ? '已在排行中显示姓名' : '已隐藏姓名', icon: 'none' });
    } catch (err) {
      setChecked(!next);
      const error = err instanceof CloudError ? err : networkError();
      Taro.showToast({ title: error.message, icon: 'none' });
    } finally {
      setSending(false);
    }
  };

  return (
    <View className="points-card">
      <View className="points-card__row">
        <Text>在排行中显示我的姓名</Text>
        <Switch
          checked={checked}
          disabled={sending}
          color="#C8161D"
          data-testid="visibility-switch"
          onChange={(e) => void change(e.detail.value)}
        />
      </View>
      <Text className="points-card__note">
        {checked
          ? '支部积分排行中会显示你的姓名。'
          : '不开启时，你在支部积分排行中以“党员A12”这样的代号出现，别人看不到你的姓名。'}
      </Text>
    </View>
  );
}
