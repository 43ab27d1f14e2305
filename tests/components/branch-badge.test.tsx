import { render } from '@testing-library/react';
import { useBranchBadge } from '../../miniprogram/src/lib/branch-badge';

// The jest stand-in for Taro has no tab bar: record what the badge is told.
const mockBadge = jest.fn<Promise<void>, [string]>(() => Promise.resolve());
jest.mock('@tarojs/taro', () => ({
  __esModule: true,
  default: {
    setTabBarBadge: ({ text }: { text: string }) => mockBadge(text),
    removeTabBarBadge: () => mockBadge(''),
  },
}));

function Entry({ source, count }: { source: string; count: number }) {
  useBranchBadge(source, count);
  return null;
}

function Tab({ notices, letters }: { notices?: number; letters?: number }) {
  return (
    <>
      {notices !== undefined && <Entry source="notices" count={notices} />}
      {letters !== undefined && <Entry source="letters" count={letters} />}
    </>
  );
}

const shown = () => mockBadge.mock.calls.at(-1)?.[0];

describe('the 支部 tab badge', () => {
  afterEach(() => mockBadge.mockClear());

  it('shows unread notices and unread letters added together', () => {
    const tab = render(<Tab notices={3} letters={4} />);
    expect(shown()).toBe('7');
    tab.rerender(<Tab notices={0} letters={4} />);
    expect(shown()).toBe('4');
    tab.rerender(<Tab notices={0} letters={120} />);
    expect(shown()).toBe('99+');
    tab.unmount();
  });

  it('takes an entry’s part away with it, and the badge when nothing is left', () => {
    const tab = render(<Tab notices={2} letters={5} />);
    tab.rerender(<Tab notices={2} />);
    expect(shown()).toBe('2');
    tab.unmount();
    expect(shown()).toBe('');
  });
});
