import type { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import { labelNavigationBar, openNotFoundPageForUnknownAddresses } from './lib/frame';
import './app.scss';
import './components/frame.scss';

openNotFoundPageForUnknownAddresses();

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') {
      Taro.cloud.init({ env: CLOUD_ENV, traceUser: true });
    }
    if (process.env.TARO_ENV === 'h5') labelNavigationBar();
  });
  return children;
}

export default App;
