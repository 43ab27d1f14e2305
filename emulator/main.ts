import { startLocalCloud } from './local-cloud';
import { seedAll } from './seed';

/**
 * `tsx emulator/main.ts`: the local cloud on PORT (default 10086) with DATA_DIR, timers on, the
 * demo enterprise in a new data folder. LOCAL_CLOUD_SECRETID and LOCAL_CLOUD_SECRETKEY, when both
 * are set, are the key pair `/admin` accepts (for a script's own SDK); otherwise it is random.
 */
async function main(): Promise<void> {
  const { LOCAL_CLOUD_SECRETID: secretId, LOCAL_CLOUD_SECRETKEY: secretKey } = process.env;
  const cloud = await startLocalCloud({
    credentials: secretId && secretKey ? { secretId, secretKey } : undefined,
    port: process.env.PORT ? Number(process.env.PORT) : 10086,
    dataDir: process.env.DATA_DIR || undefined,
    timers: true,
    seed: seedAll,
  });
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    cloud.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
