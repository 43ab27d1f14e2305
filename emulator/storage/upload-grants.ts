import { randomBytes } from 'node:crypto';

/**
 * What storage.getUploadMetadata hands out for the COS-style PUT: an unguessable authorization
 * good for one upload to the one path it was issued for, within a few minutes. Kept in memory:
 * an upload that straddles a restart of the local cloud asks again.
 */
export interface UploadGrants {
  issue(cloudPath: string): string;
  /** Whether `authorization` was issued for `cloudPath` and is still good; it is used up either way. */
  take(authorization: string | undefined, cloudPath: string): boolean;
}

const VALID_MS = 10 * 60 * 1000;

export function createUploadGrants(now: () => number): UploadGrants {
  const issued = new Map<string, { cloudPath: string; expiresAt: number }>();
  return {
    issue(cloudPath) {
      const at = now();
      for (const [key, grant] of issued) if (grant.expiresAt < at) issued.delete(key);
      const authorization = randomBytes(24).toString('base64url');
      issued.set(authorization, { cloudPath, expiresAt: at + VALID_MS });
      return authorization;
    },
    take(authorization, cloudPath) {
      const grant = authorization === undefined ? undefined : issued.get(authorization);
      if (!grant) return false;
      issued.delete(authorization as string);
      return grant.cloudPath === cloudPath && grant.expiresAt >= now();
    },
  };
}
