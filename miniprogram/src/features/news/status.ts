import type { ArticleStatus } from '../../../../typings';

export const STATUS_LABELS: Record<ArticleStatus, { text: string; tone: string }> = {
  draft: { text: '草稿', tone: 'grey' },
  reviewing: { text: '待上级审核', tone: 'amber' },
  submitted: { text: '待审核', tone: 'amber' },
  returned: { text: '被退回', tone: 'red' },
  published: { text: '已发布', tone: 'green' },
  withdrawn: { text: '已撤回', tone: 'grey' },
};

/** Where an article stands, in a sentence its author understands. */
export const STATUS_HINTS: Record<ArticleStatus, string> = {
  draft: '尚未提交，只有你和审核人能看到',
  reviewing: '已提交；内容安全检查没能自动通过，正在等上级党组织管理员审核',
  submitted: '已提交，等待审核人审核后发布',
  returned: '审核人已退回，请按意见修改后再次提交',
  published: '已发布',
  withdrawn: '已撤回，读者看不到了；修改后可再次提交',
};
