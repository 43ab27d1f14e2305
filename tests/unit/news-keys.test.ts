import { feedKey, queueKey, zoneOf } from '../../cloudfunctions/news/keys';

// The feed is ordered pinned first, then newest (docs/domain.md §9.4), by one string key read in
// descending order.
describe('feedKey', () => {
  const at = (iso: string) => new Date(iso);
  it('sorts pinned above unpinned, then newest first, then by id', () => {
    const keys = [
      feedKey(false, at('2026-11-20T08:00:00Z'), 'a'),
      feedKey(true, at('2026-01-01T00:00:00Z'), 'b'),
      feedKey(false, at('2026-11-21T08:00:00Z'), 'c'),
      feedKey(false, at('2026-11-21T08:00:00Z'), 'd'),
    ];
    const newestFirst = [...keys].sort().reverse();
    expect(newestFirst.map((k) => k.slice(-1))).toEqual(['b', 'd', 'c', 'a']);
  });
});

describe('zoneOf', () => {
  it.each([
    ['/org-root/', 'org-root'],
    ['/org-root/org-zz-hq/', 'org-zz-hq'],
    ['/org-root/org-zz-hq/org-b-office/', 'org-zz-hq'],
    ['/org-root/org-zz-hq/org-b-office/org-g-1/', 'org-zz-hq'],
  ])('%s → %s', (path, zone) => {
    expect(zoneOf(path)).toBe(zone);
  });
});

describe('queueKey', () => {
  it('starts with the scope path, so a subtree’s queue is one key range', () => {
    const key = queueKey('/org-root/org-zz-hq/', new Date('2026-11-21T08:00:00Z'), 'x');
    expect(key.startsWith('/org-root/org-zz-hq/')).toBe(true);
    expect(key < '/org-root/org-zz-hq/\uffff').toBe(true);
  });
});
