import { render, screen } from '@testing-library/react';
import type { ArticleDetail } from '../../typings';
import { ArticleView } from '../../miniprogram/src/features/news/components/ArticleView';

const article: ArticleDetail = {
  _id: 'a1',
  title: '集团召开2026年度党建工作推进会',
  cover: null,
  summary: '',
  column: '党建要闻',
  source: '党群工作部',
  scopeName: '华北能源集团有限公司党委',
  pinned: false,
  publishedAt: '2026-12-01T02:00:00.000Z',
  readCount: 3,
  body: '<p>正文</p>',
  editableBody: null,
  author: '党群工作部',
  columnId: 'col-news',
  scopeId: 'org-root',
  enterpriseWide: true,
  status: 'published',
  shareOpenCount: 0,
  sharedBy: null,
  firstRead: false,
  canManage: false,
  reviewComment: null,
};

describe('the article meta', () => {
  it('names the source once when the byline repeats it', () => {
    render(<ArticleView article={article} />);
    const meta = document.querySelector('.article__meta')!.textContent!;
    expect(meta.split('党群工作部')).toHaveLength(2);
  });

  it('names a byline that differs from the source', () => {
    render(<ArticleView article={{ ...article, author: '张三' }} />);
    expect(screen.getByText('作者：张三')).toBeTruthy();
  });
});
