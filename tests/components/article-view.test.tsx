import { render, screen } from '@testing-library/react';
import { ArticleView } from '../../miniprogram/src/features/news/components/ArticleView';
import { articleDetail } from '../support/article-detail';

const article = articleDetail();

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
