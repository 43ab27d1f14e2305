import { randomUUID } from 'node:crypto';
import type { Word } from './words';
import { nonEmptyString, ok, wxError, type WxReply } from './wx-reply';

export interface WordLists {
  risky: Word[];
  review: Word[];
}

const NORMAL_LABEL = 100;
const MAX_CONTENT_LENGTH = 2500;
const SCENES = [1, 2, 3, 4];

/**
 * security.msgSecCheck v2 with local word lists standing in for WeChat's models: a risky word
 * makes the content `risky`, else a review word makes it `review`, else it passes.
 */
export function checkText(params: Record<string, unknown>, words: WordLists): WxReply {
  const { content, version, scene, openid } = params;
  if (version !== 2)
    return wxError(40097, 'invalid args: 本地云只支持 security.msgSecCheck 的 version 2');
  if (typeof content !== 'string') return wxError(40097, 'invalid args: content 须为字符串');
  if ([...content].length > MAX_CONTENT_LENGTH)
    return wxError(40097, `invalid args: content 超过 ${MAX_CONTENT_LENGTH} 字`);
  if (!SCENES.includes(scene as number)) return wxError(40097, 'invalid args: scene 须为 1 到 4');
  if (!nonEmptyString(openid)) return wxError(40003, 'invalid openid');

  const text = content.toLowerCase();
  const hits = (list: Word[]) => list.filter(({ word }) => text.includes(word));
  const risky = hits(words.risky);
  const review = hits(words.review);
  const { suggest, label } = risky[0]
    ? { suggest: 'risky', label: risky[0].label }
    : review[0]
      ? { suggest: 'review', label: review[0].label }
      : { suggest: 'pass', label: NORMAL_LABEL };
  return ok({
    result: { suggest, label },
    detail: [
      { strategy: 'content_model', errcode: 0, suggest, label, prob: 90 },
      ...risky.map(({ word, label: wordLabel }) => keywordDetail('risky', wordLabel, word)),
      ...review.map(({ word, label: wordLabel }) => keywordDetail('review', wordLabel, word)),
    ],
    trace_id: randomUUID().replace(/-/g, ''),
  });
}

function keywordDetail(suggest: string, label: number, keyword: string) {
  return {
    strategy: 'keyword',
    errcode: 0,
    suggest,
    label,
    level: suggest === 'risky' ? 90 : 50,
    keyword,
  };
}
