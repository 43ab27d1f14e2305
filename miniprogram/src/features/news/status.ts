import type { ArticleStatus } from '../../../../typings';

export const STATUS_LABELS: Record<ArticleStatus, { text: string; tone: string }> = {
  draft: { text: '草稿', tone: 'grey' },
  reviewing: { text: '内容复核中', tone: 'amber' },
  submitted: { text: '待审核', tone: 'amber' },
  returned: { text: '被退回', tone: 'red' },
  published: { text: '已发布', tone: 'green' },
  withdrawn: { text: '已撤回', tone: 'grey' },
};
