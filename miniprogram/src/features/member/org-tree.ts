import type { OrgNode } from '../../../../typings';

/** Warnings that break a rule today are red; those that call for action soon are amber. */
const URGENT_WARNINGS = new Set(['NO_SECRETARY', 'TERM_EXPIRED']);
export const isUrgentWarning = (code: string) => URGENT_WARNINGS.has(code);

/** Small trees open fully; a large one opens its 党委 level only, showing the 总支 collapsed. */
const OPEN_ALL_UP_TO = 30;

export function initiallyExpanded(nodes: OrgNode[]): Set<string> {
  const open = nodes.length <= OPEN_ALL_UP_TO ? nodes : nodes.filter((n) => n.type === '党委');
  return new Set(open.map((n) => n._id));
}

/** Each node's members with everything under it: a 总支's own counts are usually zero. */
export function subtreeCounts(nodes: OrgNode[]): Map<string, { all: number; full: number }> {
  const counts = new Map(nodes.map((n) => [n._id, { all: 0, full: 0 }]));
  for (const node of nodes) {
    for (const other of nodes) {
      if (!other.path.startsWith(node.path)) continue;
      const c = counts.get(node._id)!;
      c.all += other.memberCount;
      c.full += other.fullMemberCount;
    }
  }
  return counts;
}

/** The nodes to draw: those whose every ancestor in the list is expanded (list is path-ordered). */
export function visibleNodes(nodes: OrgNode[], expanded: Set<string>): OrgNode[] {
  const shown = new Set<string>();
  return nodes.filter((node) => {
    const parentListed = node.parentId !== null && nodes.some((n) => n._id === node.parentId);
    const visible =
      !parentListed ||
      (shown.has(node.parentId as string) && expanded.has(node.parentId as string));
    if (visible) shown.add(node._id);
    return visible;
  });
}

export const hasChildren = (nodes: OrgNode[], node: OrgNode) =>
  nodes.some((n) => n.parentId === node._id);
