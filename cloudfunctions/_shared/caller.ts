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

export async function resolveCaller(allowAnonymous: boolean): Promise<Caller> {
  const { OPENID } = cloud.getWXContext();
  if (!OPENID) {
    if (allowAnonymous) return { openid: '', member: null };
    throw unauthenticated('无法识别微信身份');
  }
  const member = await findOne<MemberDoc>(COLLECTIONS.members.name, { openid: OPENID });
  return { openid: OPENID, member };
}

/** The caller's member record, or UNAUTHENTICATED for a WeChat user not yet bound. */
export function requireMember(caller: Caller): MemberDoc {
  if (!caller.member) throw unauthenticated();
  return caller.member;
}
