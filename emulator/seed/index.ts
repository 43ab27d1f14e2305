import type { FunctionSecrets } from '../secrets';
import { seedDemo, type SeedTarget } from './demo';

/** Everything a new local cloud starts with: the demo enterprise, then each domain's demo content. */
export async function seedAll(
  target: SeedTarget,
  secrets: FunctionSecrets,
  now = new Date(),
): Promise<void> {
  await seedDemo(target, Buffer.from(secrets.MEMBER_DATA_KEY, 'base64'), now);
}
