import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { DEMO_IDENTITIES, getDemoIdentity, type DemoOpenid } from '../lib/demo-identity';
import { switchDemoIdentity } from '../lib/session';
import './DemoIdentitySwitcher.scss';

/**
 * H5 only: the local cloud takes the caller from this choice instead of WeChat. The session
 * starts over as the chosen user, so every page shows them and nothing of the previous one.
 */
export function DemoIdentitySwitcher() {
  const [current, setCurrent] = useState<DemoOpenid>(getDemoIdentity);

  const choose = (openid: DemoOpenid) => {
    switchDemoIdentity(openid);
    setCurrent(openid);
  };

  return (
    <View className="demo-identity" data-testid="demo-identity-switcher">
      <Text className="demo-identity__title">切换身份（本地演示）</Text>
      <View className="demo-identity__options">
        {DEMO_IDENTITIES.map(({ openid, label }) => (
          <Button
            key={openid}
            className="demo-identity__option"
            data-testid={`demo-identity-${openid}`}
            type={openid === current ? 'primary' : 'default'}
            size="small"
            onClick={() => choose(openid)}
          >
            {label}
          </Button>
        ))}
      </View>
    </View>
  );
}
