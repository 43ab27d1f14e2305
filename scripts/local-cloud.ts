import { join } from 'node:path';
import { startLocalCloud, type LocalCloud, type LocalCloudOptions } from '../emulator/local-cloud';
import { buildDir, root } from './build-dir';
import { FUNCTION_SECRETS, type SecretName } from './function-secrets';
import { provisionDatabase } from './provision';

export type AppCloudOptions = Omit<LocalCloudOptions<SecretName>, 'provision' | 'secrets'>;

/**
 * This app on the local cloud: its built functions and H5 app, its collections and indexes
 * (the provisioning step a real environment gets), each function's secrets, the data in `.data/`.
 * The demo seed is the caller's choice (`seed: seedAll`); any option may be overridden.
 */
export function startAppCloud(options: AppCloudOptions = {}): Promise<LocalCloud> {
  return startLocalCloud<SecretName>({
    ...options,
    functionsDir: options.functionsDir ?? join(buildDir, 'cloudfunctions'),
    h5Dir: options.h5Dir === undefined ? join(buildDir, 'h5') : options.h5Dir,
    dataDir: options.dataDir ?? join(root, '.data'),
    provision: provisionDatabase,
    secrets: FUNCTION_SECRETS,
  });
}
