import type { NoticeLink } from '../../../../typings';

/** Where a notice's link leads, and what its button says. */
export function linkPage(link: NoticeLink): { label: string; url: string } {
  switch (link.kind) {
    case 'activity':
      return {
        label: '查看活动安排',
        url: `/packages/activity/detail/index?id=${encodeURIComponent(link.id)}`,
      };
    case 'course':
      return {
        label: '去学习课程',
        url: `/packages/school/course/index?id=${encodeURIComponent(link.id)}`,
      };
  }
}
