import type { ArticleDoc, MemberDoc, Role } from '../../typings/documents';
import {
  feedScopes,
  mayEdit,
  mayPublish,
  mayRead,
  mayReview,
} from '../../cloudfunctions/news/rules/publishing';
import { publisherKindOf } from '../../typings/policy';

// 《中国共产党支部工作条例》: the 宣传委员 of a 支委会 does propaganda work, the 书记 leads the
// branch (docs/domain.md §9.1): editing is for 宣传委员, secretaries and admins within their
// scope, and only a reviewer (书记/副书记 of the scope or an admin above it) publishes.
const ROOT = '/org-root/';
const ZZ = '/org-root/org-zz-hq/';
const OFFICE = '/org-root/org-zz-hq/org-b-office/';
const MINE = '/org-root/org-zz-prod/org-b-mine1/';

const role = (code: Role['code'], title: string, orgPath: string): Role => ({
  code,
  title,
  orgId: orgPath.split('/').filter(Boolean).pop()!,
  orgPath,
});
const member = (roles: Role[], orgPath = OFFICE, _id = 'm-1') =>
  ({ _id, orgPath, roles }) as MemberDoc;
const org = (path: string) => ({ _id: path.split('/').filter(Boolean).pop()!, path });
const article = (over: Partial<ArticleDoc>) =>
  ({
    editorId: 'm-9',
    scopeId: 'org-b-office',
    scopePath: OFFICE,
    status: 'published',
    enterpriseWide: false,
    ...over,
  }) as ArticleDoc;

const propaganda = role('committee', '宣传委员', OFFICE);
const organiser = role('committee', '组织委员', OFFICE);
const secretary = role('secretary', '支部书记', OFFICE);
const rootAdmin = role('org_admin', '党委管理员', ROOT);

describe('publisherKindOf', () => {
  it.each([
    [propaganda, 'propaganda'],
    [organiser, null],
    [secretary, 'secretary'],
    [role('deputy_secretary', '副书记', OFFICE), 'secretary'],
    [rootAdmin, 'admin'],
  ])('%o → %s', (r, expected) => {
    expect(publisherKindOf(r)).toBe(expected);
  });
});

describe('mayPublish', () => {
  const everyone = { orgPath: ROOT, publishers: ['propaganda', 'secretary', 'admin'] as const };
  const secretariesOnly = { orgPath: ROOT, publishers: ['secretary', 'admin'] as const };
  it.each([
    ['宣传委员 in their branch', [propaganda], OFFICE, everyone, true],
    ['宣传委员 above their branch', [propaganda], ZZ, everyone, false],
    ['宣传委员 in a column for secretaries', [propaganda], OFFICE, secretariesOnly, false],
    ['组织委员 anywhere', [organiser], OFFICE, everyone, false],
    ['secretary in another branch', [secretary], MINE, everyone, false],
    ['root admin enterprise-wide', [rootAdmin], ROOT, secretariesOnly, true],
    [
      'in a column a branch offers, above that branch',
      [rootAdmin],
      ZZ,
      { ...everyone, orgPath: OFFICE },
      false,
    ],
  ])('%s → %s', (_case, roles, scope, column, expected) => {
    expect(
      mayPublish(member(roles), org(scope), { ...column, publishers: [...column.publishers] }),
    ).toBe(expected);
  });
});

describe('mayReview and mayEdit', () => {
  it('lets the secretary and admins above review, not the 宣传委员', () => {
    const a = article({ status: 'submitted' });
    expect(mayReview(member([secretary]), a)).toBe(true);
    expect(mayReview(member([rootAdmin]), a)).toBe(true);
    expect(mayReview(member([propaganda]), a)).toBe(false);
  });

  it.each([
    ['draft', true],
    ['returned', true],
    ['withdrawn', true],
    ['submitted', false],
    ['published', false],
  ] as const)('the author may edit a %s article: %s', (status, expected) => {
    expect(mayEdit(member([propaganda], OFFICE, 'm-9'), article({ status }))).toBe(expected);
  });
});

describe('mayRead and feedScopes', () => {
  it.each([
    ['a member of the branch', member([]), article({}), true],
    ['a member of another branch', member([], MINE), article({}), false],
    [
      'a member below an enterprise-wide article',
      member([], MINE),
      article({ scopePath: ROOT, enterpriseWide: true }),
      true,
    ],
    [
      'someone unbound, enterprise-wide',
      null,
      article({ scopePath: ROOT, enterpriseWide: true }),
      true,
    ],
    ['someone unbound, a branch article', null, article({}), false],
    ['a member, a submitted article', member([]), article({ status: 'submitted' }), false],
  ])('%s → %s', (_case, who, a, expected) => {
    expect(mayRead(who, a)).toBe(expected);
  });

  it('lists the branch and every ancestor', () => {
    expect(feedScopes(OFFICE)).toEqual(['org-root', 'org-zz-hq', 'org-b-office']);
  });
});
