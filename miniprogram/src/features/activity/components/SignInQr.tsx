import { useMemo } from 'react';
import { View } from '@tarojs/components';
import { qrBlocks } from '../qr-blocks';
import './activity.scss';

/** The light border a scanner needs around the symbol, in modules. */
const QUIET_ZONE = 4;

const percent = (modules: number, side: number) => `${(modules / side) * 100}%`;

/**
 * The QR code members scan in the app (docs/domain.md §2.9, docs/wechat.md §8.5): it carries
 * the current code.
 */
export function SignInQr({ payload }: { payload: string }) {
  const { size, blocks } = useMemo(() => qrBlocks(payload), [payload]);
  const side = size + 2 * QUIET_ZONE;
  return (
    <View className="activity-qr" data-testid="sign-in-qr" aria-label="签到二维码">
      {blocks.map((b) => (
        <View
          key={`${b.x}:${b.y}`}
          className="activity-qr__block"
          style={{
            left: percent(b.x + QUIET_ZONE, side),
            top: percent(b.y + QUIET_ZONE, side),
            width: percent(b.width, side),
            height: percent(b.height, side),
          }}
        />
      ))}
    </View>
  );
}
