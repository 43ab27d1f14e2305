import { ALL_COLLECTIONS } from '../../cloudfunctions/_shared/collections';
import { provisionDatabase, sdkTarget } from '../../scripts/provision';
import { startSdkCloud, type SdkCloud } from './sdk-cloud';

/**
 * The app's provisioning step as `scripts/provision-env.ts` runs it against an environment,
 * through the SDK: here against a local cloud that was handed no provisioning of its own.
 */

let env: SdkCloud;
beforeAll(async () => {
  env = await startSdkCloud();
});
afterAll(() => env.close());

it('creates every collection through the SDK and reports every index for the console, twice alike', async () => {
  for (let run = 0; run < 2; run++) {
    const reported: string[] = [];
    await provisionDatabase(
      sdkTarget(env.sdk.database(), (collection, index) =>
        reported.push(`${collection}.${index.name}`),
      ),
    );
    expect(env.cloud.db.collectionNames().sort()).toEqual(
      ALL_COLLECTIONS.map((c) => c.name).sort(),
    );
    expect(reported).toEqual(
      ALL_COLLECTIONS.flatMap((c) => c.indexes.map((i) => `${c.name}.${i.name}`)),
    );
  }
});
