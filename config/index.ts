import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

// The policy in typings/ (roles, states, limits) runs in the app too: compile it with the sources.
const compile = { include: [path.resolve(__dirname, '..', 'typings')] };

export default defineConfig<'webpack5'>(async (merge) => {
  const platform = process.env.TARO_ENV ?? 'weapp';
  // BUILD_DIR lets two checkouts' worth of work build side by side without overwriting.
  const outputRoot = `${process.env.BUILD_DIR ?? 'dist'}/${platform}`;
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'smart-party-building',
    // NutUI is drawn for a 375-wide design; everything of ours for 750.
    designWidth: (input) =>
      typeof input === 'object' && input.file?.includes('@nutui') ? 375 : 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'miniprogram/src',
    outputRoot,
    // The root project.config.json points at dist/weapp itself; a name that does not exist
    // stops Taro from copying it into the output with wrong relative roots.
    projectConfigName: 'project.config.taro-does-not-copy.json',
    defineConstants: {
      CLOUD_ENV: JSON.stringify(process.env.CLOUD_ENV || 'local'),
    },
    // Browsers ask every site for /favicon.ico: the H5 build carries one, the weapp has no use.
    copy: {
      patterns:
        platform === 'h5'
          ? [{ from: 'miniprogram/src/favicon.ico', to: `${outputRoot}/favicon.ico` }]
          : [],
      options: {},
    },
    framework: 'react',
    compiler: 'webpack5',
    mini: {
      compile,
      // Our styles never rely on NutUI's order in the shared chunk: they use their own classes.
      miniCssExtractPluginOption: { ignoreOrder: true },
    },
    h5: {
      compile,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'browser' },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
    },
  };
  return merge({}, baseConfig, process.env.NODE_ENV === 'development' ? devConfig : prodConfig);
});
