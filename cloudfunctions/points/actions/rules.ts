import { requireMember } from '../../_shared/caller';
import * as clock from '../../_shared/clock';
import { storedRules } from '../../_shared/points/catalogue';
import { DEFAULT_RULES, RULE_CODES } from '../../_shared/points/rules/defaults';
import { versionAt } from '../../_shared/points/rules/versions';
import { action } from '../../_shared/router';
import { toRuleView } from '../views';

/** The rules in force, and any version already set for a later date: open to every member. */
export const rules = action('points', 'rules', {
  async handler(_data, caller) {
    requireMember(caller);
    const stored = await storedRules(true);
    const now = clock.now();
    const items = RULE_CODES.flatMap((code) => {
      const current = versionAt(DEFAULT_RULES, stored, code, now);
      if (!current) return [];
      const next =
        stored
          .filter((r) => r.code === code && r.from > now)
          .sort((a, b) => a.from.getTime() - b.from.getTime())[0] ?? null;
      return [toRuleView(current, next)];
    });
    return { items };
  },
});
