import type { UserConfigExport } from '@tarojs/cli';

// The local cloud (`tsx emulator/main.ts`) listens on 10086; the dev server sits beside it and
// hands it the function calls, so the H5 app talks to the same origin either way.
const localCloud = process.env.LOCAL_CLOUD_URL || 'http://127.0.0.1:10086';
const devOrigin = 'http://127.0.0.1:10087';

export default {
  logger: { quiet: false, stats: true },
  h5: {
    devServer: {
      host: '127.0.0.1',
      port: 10087,
      // The local cloud answers only requests addressed to it from its own origin: the dev server
      // passes on its own page's calls as that origin, and nobody else's.
      proxy: {
        '/fn': {
          target: localCloud,
          changeOrigin: true,
          onProxyReq(proxyReq, req) {
            if (req.headers.origin === devOrigin) proxyReq.setHeader('origin', localCloud);
          },
        },
      },
    },
  },
} satisfies UserConfigExport<'webpack5'>;
