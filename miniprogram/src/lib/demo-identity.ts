/** The seeded demo users of the local cloud; the H5 build names its caller with one of them. */
export const DEMO_IDENTITIES = [
  { openid: 'demo-member', label: '党员' },
  { openid: 'demo-secretary', label: '支部书记' },
  { openid: 'demo-admin', label: '党委管理员' },
  { openid: 'demo-member-2', label: '其他支部党员' },
  { openid: 'demo-visitor', label: '未绑定访客' },
] as const;

export type DemoOpenid = (typeof DEMO_IDENTITIES)[number]['openid'];

/** Plain localStorage (H5 only), so a browser test can pick the identity before the app loads. */
export const DEMO_IDENTITY_KEY = 'demo-identity';
const DEFAULT_IDENTITY: DemoOpenid = 'demo-member';

const isDemoOpenid = (value: unknown): value is DemoOpenid =>
  DEMO_IDENTITIES.some((identity) => identity.openid === value);

export function getDemoIdentity(): DemoOpenid {
  const stored = localStorage.getItem(DEMO_IDENTITY_KEY);
  return isDemoOpenid(stored) ? stored : DEFAULT_IDENTITY;
}

/**
 * Acts as `openid` from now on. What the previous user kept in this browser (letter drafts, the
 * tickets of their anonymous letters, answers saved mid-exam) is theirs: it goes with them.
 */
export function setDemoIdentity(openid: DemoOpenid): void {
  if (openid !== getDemoIdentity()) localStorage.clear();
  localStorage.setItem(DEMO_IDENTITY_KEY, openid);
}
