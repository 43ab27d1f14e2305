import type { MemberDoc, PointRuleDoc } from '../../../typings/documents';
import { isAdminRole } from '../../../typings/policy';
import { requireMember } from '../../_shared/caller';
import { chinaToday, now, startOfChinaDay } from '../../_shared/clock';
import { COLLECTIONS } from '../../_shared/collections';
import { transaction } from '../../_shared/db';
import { isDuplicateKey } from '../../_shared/db-errors';
import { AppError, forbidden, invalidArgument } from '../../_shared/errors';
import { storedRules } from '../../_shared/points/catalogue';
import { DEFAULT_RULES, isRuleCode } from '../../_shared/points/rules/defaults';
import { nextVersion, versionAt } from '../../_shared/points/rules/versions';
import { action } from '../../_shared/router';
import { toRuleView } from '../views';

/** The enterprise's rules belong to the admin of the root 党委. */
function administersEnterprise(member: MemberDoc): boolean {
  return member.roles.some(
    (r) => isAdminRole(r) && r.orgPath.split('/').filter(Boolean).length === 1,
  );
}

/**
 * A new version of a rule from a date on: the version it replaces has its range closed at
 * that date and is otherwise untouched, and entries keep the points they were given.
 */
export const setRule = action('points', 'setRule', {
  async handler({ code, points, dailyCap, weeklyCap, effectiveFrom }, caller) {
    const viewer = requireMember(caller);
    if (!administersEnterprise(viewer)) throw forbidden('只有党委管理员可以修改积分规则');
    if (!isRuleCode(code) || code === 'reversal') throw invalidArgument('没有这条积分规则', 'code');
    if (effectiveFrom < chinaToday())
      throw invalidArgument('生效日期不能早于今天', 'effectiveFrom');

    const from = startOfChinaDay(effectiveFrom);
    const stored = await storedRules(true);
    const plan = nextVersion(stored, code, from);
    if ('refused' in plan) throw invalidArgument(plan.refused, 'effectiveFrom');
    const base =
      versionAt(DEFAULT_RULES, stored, code, from) ?? DEFAULT_RULES.find((r) => r.code === code);
    if (!base) throw invalidArgument('没有这条积分规则', 'code');
    const rule: PointRuleDoc = {
      ...base,
      _id: `${code}@${plan.version}`,
      version: plan.version,
      points,
      dailyCap,
      weeklyCap,
      from,
      to: null,
      createdBy: viewer._id,
      createdAt: now(),
    };
    const rules = COLLECTIONS.pointRules.name;
    try {
      await transaction(async (tx) => {
        await tx.add(rules, rule);
        if (plan.closes) await tx.update(rules, plan.closes._id, { to: from });
      });
    } catch (error) {
      if (isDuplicateKey(error)) throw new AppError('CONFLICT', '规则刚被他人修改，请刷新后重试');
      throw error;
    }
    return toRuleView(rule, null);
  },
});
