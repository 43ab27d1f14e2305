// The component tests: Taro's H5 components in jsdom, and the weapp build in miniprogram-simulate.
const path = require('node:path');

// ESM-only packages that Taro's H5 components and NutUI pull in: babel compiles them for jest.
const esmPackages = [
  '@tarojs',
  '@stencil',
  '@nutui',
  '@swc',
  '@babel/runtime',
  'swiper',
  'ssr-window',
  'dom7',
  'tslib',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'lodash-es',
];

module.exports = {
  displayName: 'components',
  rootDir: path.resolve(__dirname),
  testMatch: ['<rootDir>/tests/components/**/*.test.{ts,tsx}'],
  cacheDirectory: '<rootDir>/.cache/jest',
  modulePathIgnorePatterns: ['<rootDir>/.cache/', '<rootDir>/.data/'],
  testEnvironment: 'jsdom',
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
  setupFiles: ['<rootDir>/tests/support/taro-globals.ts'],
  transform: { '\\.(ts|tsx|js|jsx|mjs)$': 'babel-jest' },
  // Anchored at the top level: what those packages vendor in their own node_modules goes through too.
  transformIgnorePatterns: [
    `<rootDir>/node_modules/(?!(${esmPackages.join('|')})/)`,
    // The weapp build output runs as built, as it does in WeChat.
    '<rootDir>/dist/',
  ],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/tests/support/taro-h5.ts',
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '\\.(css|scss)$': '<rootDir>/tests/support/taro-style-stub.ts',
  },
};
