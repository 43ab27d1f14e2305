import type { MemberDoc } from '../../typings/documents';
import { cloud } from './cloud';
import { COLLECTIONS } from './collections';
import { findOne } from './db';
import { unauthenticated } from './errors';

/** Who is calling, known only from the OPENID WeChat injects: never from the event. */
export interface Caller {
  /** Empty only for the anonymous caller an action marked `anonymous` may receive. */
  openid: string;
  member: MemberDoc | null;
}

/** `withMember` false: the caller is their OPENID only, and the member record is not read. */
export async function resolveCaller(allowAnonymous: boolean, withMember = true): Promise<Caller> {
  const { OPENID } = cloud.getWXContext();
  if (!OPENID) {
    if (allowAnonymous) return { openid: '', member: null };
    throw unauthenticated('无法识别微信身份');
  }
  if (!withMember) return { openid: OPENID, member: null };
  const member = await findOne<MemberDoc>(COLLECTIONS.members.name, { openid: OPENID });
  return { openid: OPENID, member };
}

/** The caller's member record, or UNAUTHENTICATED for a WeChat user not yet bound. */
export function requireMember(caller: Caller): MemberDoc {
  if (!caller.member) throw unauthenticated();
  return caller.member;
}
