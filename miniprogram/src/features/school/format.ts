/** `1:05`, `12:00`: a lesson's length or place. */
export function clockText(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The share of a whole, as a width for a progress bar. */
export function percent(part: number, whole: number): string {
  return `${Math.min(100, whole > 0 ? Math.round((100 * part) / whole) : 0)}%`;
}

export const KIND_LABEL = { video: '视频', audio: '音频', article: '图文' } as const;
export const TYPE_LABEL = { single: '单选题', multiple: '多选题', judge: '判断题' } as const;
