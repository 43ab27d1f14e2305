import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import { existsSync, readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const subfolders = (dir) =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
        .map((d) => d.name)
    : [];

// A feature never imports another feature; shared app code never imports a feature;
// a cloud function never imports another function (shared server code lives in _shared).
const features = subfolders('miniprogram/src/features');
const functions = subfolders('cloudfunctions');
const boundaries = [
  ...features.map((f) => ({
    target: `./miniprogram/src/features/${f}`,
    from: './miniprogram/src/features',
    except: [`./${f}`],
    message: '功能模块之间不能互相引用：请把共用代码移到 components/ 或 lib/',
  })),
  {
    target: ['./miniprogram/src/components', './miniprogram/src/lib'],
    from: './miniprogram/src/features',
    message: '共享代码不能引用功能模块',
  },
  ...functions.map((f) => ({
    target: `./cloudfunctions/${f}`,
    from: './cloudfunctions',
    except: [`./${f}`, './_shared'],
    message: '云函数之间不能互相引用：共享的服务端代码放在 cloudfunctions/_shared',
  })),
];

export default tseslint.config(
  { ignores: ['dist/**', '.data/**', '.cache/**', '.swc/**', 'node_modules/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: { 'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      'import/no-restricted-paths': ['error', { zones: boundaries }],
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // One clock on the server (docs/cloudbase-protocol.md §4.5): the local cloud can set the
    // time only of code that reads it through cloudfunctions/_shared/clock.ts.
    files: ['cloudfunctions/**/*.ts'],
    ignores: ['cloudfunctions/_shared/clock.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: '当前时间请用 cloudfunctions/_shared/clock.ts 的 now()',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: '当前时间请用 cloudfunctions/_shared/clock.ts 的 now()',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'dayjs', message: '请从 cloudfunctions/_shared/clock.ts 引入 dayjs' }],
          patterns: [{ group: ['dayjs/*'], message: 'dayjs 插件只在 _shared/clock.ts 中加载' }],
        },
      ],
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.{js,cjs}'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
