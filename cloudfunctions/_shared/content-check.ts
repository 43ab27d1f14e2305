import { cloud } from './cloud';
import type { MsgSecCheckResult } from './sdk-types';

/** msgSecCheck v2 scenes (docs/wechat.md §3.1): 1 profile, 2 comment, 3 forum, 4 social log. */
export type ContentScene = 1 | 2 | 3 | 4;
export type ContentVerdict = MsgSecCheckResult['result']['suggest'];

/** Every user-written text passes WeChat's content security before it is stored. */
export async function checkText(
  content: string,
  openid: string,
  scene: ContentScene,
): Promise<ContentVerdict> {
  const reply = await cloud.openapi.security.msgSecCheck({ content, version: 2, scene, openid });
  return reply.result.suggest;
}
