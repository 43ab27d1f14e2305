import { FilterXSS, escapeAttrValue } from 'xss';

/** Block and inline tags both builds render (weapp <rich-text> and H5), with safe attributes only. */
const ALLOWED: Record<string, string[]> = {
  p: [],
  br: [],
  h2: [],
  h3: [],
  h4: [],
  strong: [],
  b: [],
  em: [],
  i: [],
  u: [],
  blockquote: [],
  ul: [],
  ol: [],
  li: [],
  hr: [],
  section: [],
  figure: [],
  figcaption: [],
  img: ['src', 'alt', 'width', 'height'],
  video: ['src', 'poster', 'controls', 'width', 'height'],
};

/** Media may come only from our cloud storage or an https address: no data:, no javascript:. */
const MEDIA_URL = /^(cloud|https):\/\/[^\s"'<>]+$/;
const MEDIA_ATTRS = new Set(['src', 'poster']);
const SIZE_ATTRS = new Set(['width', 'height']);

const sanitizer = new FilterXSS({
  whiteList: ALLOWED,
  stripIgnoreTag: true,
  stripIgnoreTagBody: ['script', 'style', 'iframe', 'object'],
  // An empty string drops the attribute altogether rather than leaving `src=""`.
  onTagAttr(_tag, name, value) {
    const v = value.trim();
    if (MEDIA_ATTRS.has(name) && !MEDIA_URL.test(v)) return '';
    if (SIZE_ATTRS.has(name) && !/^\d{1,4}(%|px)?$/.test(v)) return '';
    return undefined;
  },
  safeAttrValue: (_tag, _name, value) => escapeAttrValue(value.trim()),
});

const textOnly = new FilterXSS({
  whiteList: {},
  stripIgnoreTag: true,
  stripIgnoreTagBody: ['script', 'style', 'iframe', 'object'],
});

/** The body as stored: editor HTML reduced to the allowed tags, attributes and media sources. */
export function sanitizeBody(html: string): string {
  return sanitizer.process(html).trim();
}

/** The words of a body, for content security and for telling an empty body from a real one. */
export function bodyText(html: string): string {
  return textOnly
    .process(html.replace(/<(br|\/p|\/h\d|\/li|\/blockquote)[^>]*>/gi, '\n'))
    .replace(/&nbsp;/g, ' ')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n\s*\n+/g, '\n')
    .trim();
}

/** Whether a sanitised body shows something: words, an image or a video. */
export function hasContent(html: string): boolean {
  return bodyText(html).length > 0 || /<(img|video)\s[^>]*src="[^"]+"/.test(html);
}
