import type { UserConfigExport } from '@tarojs/cli';

// Production keeps Taro's defaults: minified, CSS extracted, no source maps.
export default {} satisfies UserConfigExport<'webpack5'>;
