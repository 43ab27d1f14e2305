/// <reference types="@tarojs/taro" />
/// <reference types="miniprogram-api-typings" />

declare module '*.png' {
  const src: string;
  export default src;
}
declare module '*.scss';

/** The WeChat cloud environment id, fixed at build time from `CLOUD_ENV` (config/index.ts). */
declare const CLOUD_ENV: string;

declare namespace NodeJS {
  interface ProcessEnv {
    TARO_ENV: 'weapp' | 'h5';
  }
}
