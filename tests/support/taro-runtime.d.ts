// The React runtime of Taro's framework plugin ships without type declarations.
declare module '@tarojs/plugin-framework-react/dist/runtime' {
  export function createH5NativeComponentConfig(
    component: null,
    react: typeof import('react'),
    reactDOM: typeof import('react-dom'),
  ): null;
  export const useDidShow: typeof import('@tarojs/taro').useDidShow;
  export const useDidHide: typeof import('@tarojs/taro').useDidHide;
  export const useLaunch: typeof import('@tarojs/taro').useLaunch;
}
