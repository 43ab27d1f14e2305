/** One block of the article editor: a paragraph, a heading, or an image in cloud storage. */
export type Block =
  | { key: string; kind: 'p' | 'h2'; text: string }
  | { key: string; kind: 'img'; src: string; preview: string };

let counter = 0;
/** React keys for blocks; never sent to the server. */
export const blockKey = () => `b${++counter}`;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const UNESCAPES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: ' ',
};
const unescapeHtml = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_m, name: string) => UNESCAPES[name] ?? '');

/**
 * The body HTML the server accepts: only tags its sanitiser keeps, text escaped, blank blocks
 * dropped. Line breaks inside a paragraph become <br>.
 */
export function blocksToHtml(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'img') return `<figure><img src="${escapeHtml(block.src)}"></figure>`;
      const text = block.text.trim();
      if (!text) return '';
      const inner = escapeHtml(text).replace(/\r?\n/g, '<br>');
      return `<${block.kind}>${inner}</${block.kind}>`;
    })
    .join('');
}

const BLOCK_PATTERN =
  /<(p|h[2-4]|figure|blockquote|li|section)\b[^>]*>([\s\S]*?)<\/\1>|<img\b[^>]*>/gi;
const IMG_SRC = /<img\b[^>]*\bsrc="([^"]+)"/i;

const textOf = (html: string) =>
  unescapeHtml(html.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]+>/g, '')).trim();

/**
 * Blocks from a stored (sanitised) body, to edit a draft again. Headings of any level become the
 * editor's one heading; lists and quotes become paragraphs: the editor writes no others.
 */
export function htmlToBlocks(html: string): Block[] {
  const blocks: Block[] = [];
  for (const match of html.matchAll(BLOCK_PATTERN)) {
    const [whole, tag, inner = ''] = match;
    const src = IMG_SRC.exec(whole)?.[1];
    if (src) {
      const url = unescapeHtml(src);
      blocks.push({ key: blockKey(), kind: 'img', src: url, preview: url });
      continue;
    }
    const text = textOf(inner);
    if (!text) continue;
    const kind = tag && /^h/i.test(tag) ? 'h2' : 'p';
    blocks.push({ key: blockKey(), kind, text });
  }
  return blocks;
}

/** The first image, which the feed shows as the article's cover. */
export const firstImage = (blocks: Block[]) =>
  blocks.find((b): b is Extract<Block, { kind: 'img' }> => b.kind === 'img')?.src ?? null;

/** A summary for the feed when the editor gave none: the opening words of the text. */
export function openingWords(blocks: Block[], max = 80): string {
  const text = blocks
    .flatMap((b) => (b.kind === 'img' ? [] : [b.text.trim()]))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
