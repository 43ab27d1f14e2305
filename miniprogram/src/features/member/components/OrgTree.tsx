import { useMemo, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OrgNode } from '../../../../../typings';
import { formatDate } from '../../../lib/format';
import {
  hasChildren,
  initiallyExpanded,
  isUrgentWarning,
  subtreeCounts,
  visibleNodes,
} from '../org-tree';
import './OrgTree.scss';

/** The organisations under the caller, indented by level, with their counts and rule warnings. */
export function OrgTree({ nodes, onOpen }: { nodes: OrgNode[]; onOpen: (org: OrgNode) => void }) {
  const [expanded, setExpanded] = useState(() => initiallyExpanded(nodes));
  const counts = useMemo(() => subtreeCounts(nodes), [nodes]);
  const top = Math.min(...nodes.map((n) => n.depth));

  const toggle = (id: string) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const expandTo = (depth: number) =>
    setExpanded(new Set(nodes.filter((n) => n.depth - top < depth).map((n) => n._id)));

  return (
    <View className="org-tree">
      <View className="org-tree__levels">
        <Text className="org-tree__level" onClick={() => expandTo(1)}>
          只看党委
        </Text>
        <Text className="org-tree__level" onClick={() => expandTo(2)}>
          展开到总支
        </Text>
        <Text className="org-tree__level" onClick={() => expandTo(Infinity)}>
          全部展开
        </Text>
      </View>
      {visibleNodes(nodes, expanded).map((node) => {
        const parent = hasChildren(nodes, node);
        const open = expanded.has(node._id);
        const count = counts.get(node._id)!;
        return (
          <View
            key={node._id}
            className="org-tree__node"
            data-testid={`org-${node._id}`}
            style={{ paddingLeft: `${16 + (node.depth - top) * 20}px` }}
          >
            <View className="org-tree__head">
              <View
                className="org-tree__toggle"
                aria-label={open ? '收起' : '展开'}
                onClick={() => parent && toggle(node._id)}
              >
                <Text>{parent ? (open ? '▾' : '▸') : ''}</Text>
              </View>
              <View
                className="org-tree__body"
                onClick={() => (node.type === '党支部' ? onOpen(node) : parent && toggle(node._id))}
              >
                <View className="org-tree__title">
                  <Text className="org-tree__type">{node.type}</Text>
                  <Text className="org-tree__name">{node.name}</Text>
                </View>
                <Text className="org-tree__meta">
                  正式 {count.full} / 全部 {count.all}
                  {node.termEnd ? ` · 任期至 ${formatDate(node.termEnd)}` : ''}
                </Text>
                {node.warnings.length > 0 && (
                  <View className="org-tree__warnings">
                    {node.warnings.map((w) => (
                      <Text
                        key={w.code}
                        className={`org-tree__warning ${isUrgentWarning(w.code) ? 'org-tree__warning--red' : 'org-tree__warning--amber'}`}
                      >
                        {w.message}
                      </Text>
                    ))}
                  </View>
                )}
              </View>
            </View>
          </View>
        );
      })}
    </View>
  );
}
