// What `@tarojs/taro` is in jest: Taro's H5 APIs plus the React page hooks, which the real
// build injects from the framework plugin.
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import TaroH5 from '@tarojs/taro-h5';
import {
  createH5NativeComponentConfig,
  useDidHide,
  useDidShow,
  useLaunch,
} from '@tarojs/plugin-framework-react/dist/runtime';

createH5NativeComponentConfig(null, React, ReactDOM);

export * from '@tarojs/taro-h5';
export { useDidHide, useDidShow, useLaunch };
export default { ...TaroH5, useDidHide, useDidShow, useLaunch };
