import { fireEvent, render, screen } from '@testing-library/react';
import { ArticleForm } from '../../miniprogram/src/features/news/components/ArticleForm';
import { branchArticle } from '../support/article-detail';

jest.mock('../../miniprogram/src/features/news/api', () => ({
  newsApi: { save: jest.fn(), submit: jest.fn() },
}));

const COLUMNS = [
  {
    _id: 'col-news',
    orgId: 'org-root',
    name: '党建要闻',
    order: 0,
    publishers: ['secretary' as const],
  },
];

describe('the article form', () => {
  it('counts the title against its limit and drops a message once the field is valid', () => {
    render(<ArticleForm columns={COLUMNS} scopeId="org-b-office" author="" canPin={false} />);
    expect(screen.getByTestId('count-title').textContent).toBe('0/60');
    fireEvent.click(screen.getByTestId('article-submit'));
    expect(screen.getByTestId('field-title').textContent).toContain('请填写标题');
    expect(screen.getByTestId('field-columnId').textContent).toContain('请选择栏目');
    fireEvent(
      screen.getByTestId('article-title'),
      new CustomEvent('input', { detail: { value: '主题党日' }, bubbles: true }),
    );
    expect(screen.getByTestId('count-title').textContent).toBe('4/60');
    expect(screen.getByTestId('field-title').textContent).not.toContain('请填写标题');
    expect(screen.getByTestId('field-columnId').textContent).toContain('请选择栏目');
    fireEvent.click(screen.getByText('党建要闻'));
    expect(screen.getByTestId('field-columnId').textContent).not.toContain('请选择栏目');
  });

  it('tells the author on the re-edit page that it was returned, and why', () => {
    const returned = branchArticle({ status: 'returned', reviewComment: '请补充活动照片' });
    render(
      <ArticleForm
        columns={COLUMNS}
        scopeId="org-b-office"
        author=""
        canPin={false}
        article={returned}
      />,
    );
    expect(screen.getByTestId('article-returned').textContent).toContain(
      '退回意见：请补充活动照片',
    );
  });
});
