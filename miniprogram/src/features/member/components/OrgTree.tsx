import { useState, type ReactElement } from 'react';
import { Text, View } from '@tarojs/components';
import type { OrgNode } from '../../../../../typings';
import { CloudError, networkError } from '../../../lib/cloud-error';
import { canExpand, type Children } from '../org-tree';
import { OrgTreeRow } from './OrgTreeRow';
import './OrgTree.scss';

interface Props {
  /** The viewer's home organisation, then its children. */
  top: OrgNode[];
  /** The children of an organisation, by name. */
  loadChildren: (orgId: string) => Promise<OrgNode[]>;
  onOpen: (org: OrgNode) => void;
}

/**
 * The organisations under the caller, indented by level. Only the top two levels come with the
 * page; each deeper level is asked for when its parent is first opened, so an enterprise of
 * thousands of organisations draws only what is looked at.
 */
export function OrgTree({ top, loadChildren, onOpen }: Props) {
  const [root, ...firstLevel] = top;
  const [fetched, setFetched] = useState<ReadonlyMap<string, Children>>(new Map());
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set([root._id]));

  const childrenOf = (id: string): Children | undefined =>
    id === root._id ? { status: 'loaded', nodes: firstLevel } : fetched.get(id);
  const settle = (id: string, children: Children) =>
    setFetched((prev) => new Map(prev).set(id, children));

  const fetchChildren = (id: string) => {
    settle(id, { status: 'loading' });
    loadChildren(id).then(
      (nodes) => settle(id, { status: 'loaded', nodes }),
      (err: unknown) =>
        settle(id, { status: 'error', error: err instanceof CloudError ? err : networkError() }),
    );
  };

  const toggle = (id: string) => {
    const next = new Set(open);
    if (next.has(id)) {
      next.delete(id);
    } else {
      next.add(id);
      const children = childrenOf(id);
      if (!children || children.status === 'error') fetchChildren(id);
    }
    setOpen(next);
  };

  const indent = (depth: number) => `${16 + (depth - root.depth) * 20}px`;

  const rows = (node: OrgNode): ReactElement[] => {
    const isOpen = open.has(node._id);
    const children = isOpen && canExpand(node) ? childrenOf(node._id) : undefined;
    const out = [
      <OrgTreeRow
        key={node._id}
        node={node}
        indent={indent(node.depth)}
        open={isOpen}
        loading={children?.status === 'loading'}
        onToggle={() => toggle(node._id)}
        onOpen={() => onOpen(node)}
      />,
    ];
    const below = { paddingLeft: indent(node.depth + 1) };
    if (children?.status === 'error') {
      out.push(
        <View
          key={`${node._id}-error`}
          className="org-tree__note org-tree__note--error"
          style={below}
          role="alert"
        >
          <Text className="org-tree__note-text">{children.error.message}</Text>
          <Text className="org-tree__retry" onClick={() => fetchChildren(node._id)}>
            重试
          </Text>
        </View>,
      );
    } else if (children?.status === 'loaded' && children.nodes.length === 0) {
      out.push(
        <View key={`${node._id}-empty`} className="org-tree__note" style={below}>
          <Text className="org-tree__note-text">暂无下级组织</Text>
        </View>,
      );
    } else if (children?.status === 'loaded') {
      for (const child of children.nodes) out.push(...rows(child));
    }
    return out;
  };

  return <View className="org-tree">{rows(root)}</View>;
}
