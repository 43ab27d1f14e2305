/** See ArticleDoc.feedKey: ISO times are fixed-width, so string order is time order. */
export function feedKey(pinned: boolean, publishedAt: Date, id: string): string {
  return `${pinned ? 1 : 0}${publishedAt.toISOString()}${id}`;
}

/** See ArticleDoc.publishedKey. */
export function publishedKey(publishedAt: Date, id: string): string {
  return `${publishedAt.toISOString()}${id}`;
}

/** See ArticleDoc.zone: the second id of a path, or the root's for the root. */
export function zoneOf(path: string): string {
  const [root, zone] = path.split('/').filter(Boolean);
  return zone ?? root;
}

/** See ArticleDoc.queueKey. */
export function queueKey(scopePath: string, updatedAt: Date, id: string): string {
  return `${scopePath}${updatedAt.toISOString()}|${id}`;
}

/** The exclusive upper bound of a subtree's range of path-prefixed keys. */
export function subtreeEnd(path: string): string {
  return `${path}\uffff`;
}

export const readId = (memberId: string, articleId: string) => `${memberId}:${articleId}`;

/** One share per sharer and article (ShareDoc). */
export const shareId = (sharerId: string, articleId: string) => `${sharerId}:${articleId}`;
