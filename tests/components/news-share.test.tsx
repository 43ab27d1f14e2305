import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ArticleDetail } from '../../typings';
import { newsApi } from '../../miniprogram/src/features/news/api';
import { ArticleView } from '../../miniprogram/src/features/news/components/ArticleView';
import { ShareButton } from '../../miniprogram/src/features/news/components/ShareButton';
import { useArticleShare } from '../../miniprogram/src/features/news/share';
import { articleDetail } from '../support/article-detail';

type Card = { title?: string; path?: string; imageUrl?: string; promise?: Promise<Card> };
type TimelineCard = { title?: string; query?: string; imageUrl?: string };

// The page hooks WeChat calls when someone shares: captured so the test can call them as WeChat does.
const mockShareHooks: { chat?: () => Card; timeline?: () => TimelineCard } = {};
// jest's Taro has no clipboard or toast: they are recorded instead.
const mockClipboard = jest.fn();
// The rest of Taro is looked up when used: Taro's own modules import it while it loads.
jest.mock('@tarojs/taro', () => {
  const actual = () => jest.requireActual('../support/taro-h5') as Record<string | symbol, unknown>;
  const own: Record<string | symbol, unknown> = {
    __esModule: true,
    useShareAppMessage: (fn: () => Card) => {
      mockShareHooks.chat = fn;
    },
    useShareTimeline: (fn: () => TimelineCard) => {
      mockShareHooks.timeline = fn;
    },
  };
  return new Proxy(own, {
    get: (target, key) => {
      if (key === 'default') {
        return {
          ...(actual().default as object),
          setClipboardData: (options: unknown) => mockClipboard(options),
          showToast: () => Promise.resolve(),
        };
      }
      return key in target ? target[key] : actual()[key];
    },
  });
});
jest.mock('../../miniprogram/src/features/news/api', () => ({
  newsApi: { share: jest.fn() },
}));

const share = newsApi.share as jest.MockedFunction<typeof newsApi.share>;
const TOKEN = 'Tk9uZS1vZi1hLWtpbmQtMQ';
const COVER = 'https://files.example.com/news/cover.jpg?sign=1';

const article = articleDetail({ cover: COVER, author: '' });

function SharedPage({ member, shown = article }: { member: boolean; shown?: ArticleDetail }) {
  useArticleShare(shown._id, shown, member);
  return null;
}

beforeEach(() => {
  share.mockReset();
  share.mockResolvedValue({ token: TOKEN });
  mockClipboard.mockReset();
  mockClipboard.mockResolvedValue({ errMsg: 'setClipboardData:ok' });
});

describe('the article’s share cards', () => {
  it('gives a member’s chat card the title, the cover and a path with their share token', async () => {
    render(<SharedPage member />);
    const card = mockShareHooks.chat!();
    expect(card).toMatchObject({
      title: article.title,
      imageUrl: COVER,
      path: '/packages/news/article/index?id=a1',
    });
    expect(await card.promise).toEqual({
      title: article.title,
      imageUrl: COVER,
      path: `/packages/news/article/index?id=a1&share=${TOKEN}`,
    });
    expect(share).toHaveBeenCalledWith('a1');
  });

  it('keeps the plain card when the token cannot be had, and asks none for a visitor', async () => {
    share.mockRejectedValue(new Error('offline'));
    render(<SharedPage member />);
    expect((await mockShareHooks.chat!().promise)?.path).toBe('/packages/news/article/index?id=a1');

    share.mockClear();
    render(<SharedPage member={false} />);
    const card = mockShareHooks.chat!();
    expect(card.promise).toBeUndefined();
    expect(card.path).toBe('/packages/news/article/index?id=a1');
    expect(share).not.toHaveBeenCalled();
  });

  it('gives moments the title, the cover and the article alone, which opens without login', () => {
    render(<SharedPage member />);
    expect(mockShareHooks.timeline!()).toEqual({
      title: article.title,
      imageUrl: COVER,
      query: 'id=a1',
    });
  });
});

describe('转发到群', () => {
  const env = process.env.TARO_ENV;
  afterEach(() => {
    process.env.TARO_ENV = env;
  });

  it('is WeChat’s share button in the mini-program', () => {
    process.env.TARO_ENV = 'weapp';
    render(<ShareButton articleId="a1" />);
    const button = screen.getByTestId('share-to-group');
    expect(button.textContent).toBe('转发到群');
    expect((button as HTMLElement & { openType?: string }).openType).toBe('share');
    expect(share).not.toHaveBeenCalled();
  });

  it('in a browser, gives the member’s link and says forwarding to a group is in the mini-program', async () => {
    render(<ShareButton articleId="a1" />);
    await act(async () => {
      fireEvent.click(screen.getByTestId('share-to-group'));
    });
    const link = `http://localhost/?id=a1&share=${TOKEN}`;
    expect((await screen.findByTestId('share-link')).textContent).toBe(link);
    expect(mockClipboard).toHaveBeenCalledWith({ data: link });
    const note = screen.getByTestId('share-note').textContent;
    expect(note).toContain('链接已复制');
    expect(note).toContain('在微信小程序中点「转发到群」');
  });
});

describe('由 某某 分享', () => {
  it('names the sharer the server resolved, and no one on an article not opened from a share', () => {
    const { rerender } = render(<ArticleView article={{ ...article, sharedBy: '红星' }} />);
    expect(screen.getByTestId('article-shared-by').textContent).toBe('由 红星 分享');
    rerender(<ArticleView article={article} />);
    expect(screen.queryByTestId('article-shared-by')).toBeNull();
  });
});
