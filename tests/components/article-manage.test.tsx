import { render, screen } from '@testing-library/react';
import type { ArticleDetail } from '../../typings';
import { ArticleManage } from '../../miniprogram/src/features/news/components/ArticleManage';

jest.mock('../../miniprogram/src/features/news/api', () => ({ newsApi: {} }));

const article = (status: ArticleDetail['status']): ArticleDetail => ({
  _id: 'a1',
  title: '支部动态',
  cover: null,
  summary: '',
  column: '党建要闻',
  source: '',
  scopeName: '综合办公室党支部',
  pinned: false,
  publishedAt: '',
  readCount: 0,
  body: '<p>正文</p>',
  editableBody: '<p>正文</p>',
  author: '',
  columnId: 'col-news',
  scopeId: 'org-b-office',
  enterpriseWide: false,
  status,
  shareOpenCount: 0,
  sharedBy: null,
  firstRead: false,
  canManage: true,
  reviewComment: null,
});

describe('where an article stands, on its page for its author', () => {
  it('says a submitted article waits for its reviewer', () => {
    render(
      <ArticleManage
        article={article('submitted')}
        readersOrgId={undefined}
        onChanged={() => undefined}
      />,
    );
    expect(screen.getByTestId('article-status').textContent).toBe(
      '待审核已提交，等待审核人审核后发布',
    );
  });

  it('says nothing of status once it is published', () => {
    render(
      <ArticleManage
        article={article('published')}
        readersOrgId={undefined}
        onChanged={() => undefined}
      />,
    );
    expect(screen.queryByTestId('article-status')).toBeNull();
  });
});
