// One jest run over every test layer; `npm test` reads its JSON result for the summary line.
const path = require('node:path');

const node = (name, extra = {}) => ({
  displayName: name,
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: [`<rootDir>/tests/${name}/**/*.test.ts`],
  transform: { '\\.[jt]sx?$': 'babel-jest' },
  cacheDirectory: path.join(__dirname, '.cache/jest'),
  // Built functions and bench scratch copies would collide by package name.
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/.cache/', '<rootDir>/.data/'],
  ...extra,
});

const projects = [node('unit'), node('emulator'), node('functions'), node('e2e')];
if (require('node:fs').existsSync(path.join(__dirname, 'jest.components.config.js'))) {
  projects.push(require('./jest.components.config.js'));
}

module.exports = { projects, testTimeout: 60000 };
