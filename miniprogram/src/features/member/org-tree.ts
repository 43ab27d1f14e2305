import type { OrgNode } from '../../../../typings';
import type { CloudError } from '../../lib/cloud-error';

/** Warnings that break a rule today are red; those that call for action soon are amber. */
const URGENT_WARNINGS = new Set(['NO_SECRETARY', 'TERM_EXPIRED']);
export const isUrgentWarning = (code: string) => URGENT_WARNINGS.has(code);

/** 党委 and 党总支 have organisations under them; a 党支部 is the bottom of the tree. */
export const canExpand = (node: OrgNode) => node.type !== '党支部';

/** Members in the organisation and everything under it (a 党支部's own counts are that). */
export const countsOf = (node: OrgNode) =>
  node.subtree ?? { memberCount: node.memberCount, fullMemberCount: node.fullMemberCount };

/** An opened organisation's children: asked for on its first opening, kept after. */
export type Children =
  | { status: 'loading' }
  | { status: 'error'; error: CloudError }
  | { status: 'loaded'; nodes: OrgNode[] };
