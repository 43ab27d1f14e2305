import { render, screen } from '@testing-library/react';
import type { ArticleDetail } from '../../typings';
import { ArticleManage } from '../../miniprogram/src/features/news/components/ArticleManage';
import { branchArticle } from '../support/article-detail';

jest.mock('../../miniprogram/src/features/news/api', () => ({ newsApi: {} }));

const article = (status: ArticleDetail['status']) => branchArticle({ status });

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
