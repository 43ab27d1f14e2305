import type { FunctionSecrets } from '../scripts/function-secrets';
import { seedActivity } from './activity';
import { seedDemo, type SeedTarget } from './demo';
import { seedMailbox } from './mailbox';
import { seedNews } from './news';
import { seedPoints, type RosterSource } from './points';
import { seedSchool, type SeedFiles } from './school';
import { seedSchoolFigures } from './school-figures';

/** Everything a new local cloud starts with: the demo enterprise, then each domain's demo content. */
export async function seedAll(
  target: SeedTarget & RosterSource,
  secrets: FunctionSecrets,
  now = new Date(),
  files?: SeedFiles,
): Promise<void> {
  const keys = {
    data: Buffer.from(secrets.MEMBER_DATA_KEY, 'base64'),
    hash: Buffer.from(secrets.MEMBER_HASH_KEY, 'base64'),
  };
  await seedDemo(target, keys, now);
  await seedNews(target, now);
  await seedPoints(target, now);
  await seedSchool(target, now, files);
  seedSchoolFigures(target, now);
  await seedMailbox(target, Buffer.from(secrets.MAILBOX_KEY, 'base64'), now, files);
  await seedActivity(target, now, files);
}
