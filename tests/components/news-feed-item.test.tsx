import { render, screen } from '@testing-library/react';
import type { ArticleListItem } from '../../typings';
import { FeedItem } from '../../miniprogram/src/features/news/components/FeedItem';

const article: ArticleListItem = {
  _id: 'a1',
  title: '集团召开2026年度党建工作推进会',
  cover: 'https://example.com/cover.jpg',
  summary: '总结前三季度党建工作。',
  column: '党建要闻',
  source: '党群工作部',
  scopeName: '集团党委',
  pinned: true,
  publishedAt: '2026-11-20T02:30:00.000Z',
  readCount: 12,
};

describe('FeedItem', () => {
  it('shows title, summary, column, 置顶, China-time publish time, read count and cover', () => {
    const { container } = render(<FeedItem article={article} />);
    expect(screen.getByText(article.title)).toBeTruthy();
    expect(screen.getByText('总结前三季度党建工作。')).toBeTruthy();
    expect(screen.getByText('党建要闻')).toBeTruthy();
    expect(screen.getByText('置顶')).toBeTruthy();
    expect(screen.getByText('2026年11月20日 10:30')).toBeTruthy();
    expect(screen.getByText('12 阅读')).toBeTruthy();
    expect(container.querySelector('.feed-item__cover')).toBeTruthy();
  });

  it('leaves out 置顶 and, on H5, a cover kept in cloud storage', () => {
    const { container } = render(
      <FeedItem article={{ ...article, pinned: false, cover: 'cloud://env/news/a.png' }} />,
    );
    expect(screen.queryByText('置顶')).toBeNull();
    expect(container.querySelector('.feed-item__cover')).toBeNull();
  });
});
