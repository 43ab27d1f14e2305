// Jest (NODE_ENV=test) compiles TS/TSX for node and jsdom; Taro's webpack build uses babel-preset-taro.
const nutuiPath = (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`;

// Each NutUI component from its own module, so neither the build nor jest loads the whole
// library; the build also takes only those components' stylesheets (the whole is 230 KB of wxss).
const nutuiImports = (withStyles) => [
  'import',
  {
    libraryName: '@nutui/nutui-react-taro',
    libraryDirectory: 'dist/es/packages',
    camel2DashComponentName: false,
    customName: nutuiPath,
    ...(withStyles && { style: 'css', customStyleName: (name) => `${nutuiPath(name)}/style/css` }),
  },
  'nutui-react-taro',
];

module.exports = (api) => {
  if (api.env('test')) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
      plugins: [nutuiImports(false)],
    };
  }
  return {
    presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
    plugins: [nutuiImports(true)],
  };
};
