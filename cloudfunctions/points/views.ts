import type { PointEntryDoc, PointRuleDoc } from '../../typings/documents';
import type { LedgerItem, RuleView } from '../../typings/functions/points';

export function toLedgerItem(e: PointEntryDoc, ruleName: string): LedgerItem {
  return {
    _id: e._id,
    rule: e.rule,
    ruleName,
    points: e.points,
    capped: e.capped,
    at: new Date(e.at).toISOString(),
    reason: e.reason,
    reverses: e.reverses,
  };
}

export function toRuleView(rule: PointRuleDoc, next: PointRuleDoc | null): RuleView {
  return {
    code: rule.code,
    name: rule.name,
    kind: rule.kind,
    points: rule.points,
    dailyCap: rule.dailyCap,
    weeklyCap: rule.weeklyCap,
    minSeconds: rule.minSeconds,
    version: rule.version,
    from: rule.from.toISOString(),
    next: next
      ? { version: next.version, points: next.points, from: next.from.toISOString() }
      : null,
  };
}
