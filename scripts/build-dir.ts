import { resolve } from 'node:path';

/** The repository root. */
export const root = resolve(__dirname, '..');

/**
 * Where every build goes and is looked for: BUILD_DIR (default dist), so two builds can stand
 * side by side. Taro's config and check-weapp-size.mjs read the variable themselves.
 */
export const buildDir = resolve(root, process.env.BUILD_DIR ?? 'dist');
