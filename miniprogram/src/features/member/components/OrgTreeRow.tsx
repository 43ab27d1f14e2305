import { Text, View } from '@tarojs/components';
import type { OrgNode } from '../../../../../typings';
import { formatDate } from '../../../lib/format';
import { canExpand, countsOf, isUrgentWarning } from '../org-tree';

interface Props {
  node: OrgNode;
  indent: string;
  open: boolean;
  loading: boolean;
  /** Opens or closes a 党委 or 党总支. */
  onToggle: () => void;
  /** Opens a 党支部's roster. */
  onOpen: () => void;
}

/** One organisation: its type, name, subtree counts, term end and rule warnings. */
export function OrgTreeRow({ node, indent, open, loading, onToggle, onOpen }: Props) {
  const expandable = canExpand(node);
  const counts = countsOf(node);
  return (
    <View
      className="org-tree__node"
      data-testid={`org-${node._id}`}
      aria-busy={loading}
      style={{ paddingLeft: indent }}
    >
      <View className="org-tree__head">
        <View
          className="org-tree__toggle"
          aria-label={expandable ? (open ? '收起' : '展开') : undefined}
          onClick={() => expandable && onToggle()}
        >
          {loading ? (
            <View className="org-tree__spinner" aria-label="加载中" />
          ) : (
            <Text>{expandable ? (open ? '▾' : '▸') : ''}</Text>
          )}
        </View>
        <View className="org-tree__body" onClick={expandable ? onToggle : onOpen}>
          <View className="org-tree__title">
            <Text className="org-tree__type">{node.type}</Text>
            <Text className="org-tree__name">{node.name}</Text>
          </View>
          <Text className="org-tree__meta">
            正式 {counts.fullMemberCount} / 全部 {counts.memberCount}
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
}
