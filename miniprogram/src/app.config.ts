const RED = '#C8161D';
const GREY = '#8A8A8A';

const tab = (page: string, text: string, icon: string) => ({
  pagePath: `pages/${page}/index`,
  text,
  iconPath: `assets/tabbar/${icon}.png`,
  selectedIconPath: `assets/tabbar/${icon}-active.png`,
});

export default defineAppConfig({
  // Only the tab pages live in the main package; every feature page is in a subpackage.
  pages: ['pages/home/index', 'pages/school/index', 'pages/branch/index', 'pages/me/index'],
  subPackages: [
    {
      root: 'packages/news',
      pages: [
        'article/index',
        'edit/index',
        'mine/index',
        'review/index',
        'readers/index',
        'subtree/index',
        'shares/index',
      ],
    },
    {
      root: 'packages/notice',
      pages: ['inbox/index', 'detail/index', 'compose/index', 'sent/index', 'stats/index'],
    },
    {
      root: 'packages/member',
      pages: [
        'profile/index',
        'profile-edit/index',
        'bind/index',
        'org-tree/index',
        'roster/index',
        'detail/index',
        'edit/index',
        'import-export/index',
        'audit-log/index',
      ],
    },
    {
      root: 'packages/points',
      pages: [
        'mine/index',
        'branch/index',
        'adjust/index',
        'reverse/index',
        'member-history/index',
      ],
    },
    {
      root: 'packages/school',
      pages: [
        'course/index',
        'lesson/index',
        'exams/index',
        'exam/index',
        'exam-result/index',
        'daily/index',
        'hours/index',
        'branch-hours/index',
        'course-progress/index',
        'overview/index',
        'notes/index',
        'wrong/index',
        'questions/index',
        'manage/index',
        'course-edit/index',
        'question-bank/index',
        'exam-edit/index',
        'offline/index',
        'settings/index',
      ],
    },
    {
      root: 'packages/mailbox',
      pages: [
        'write/index',
        'snap/index',
        'mine/index',
        'thread/index',
        'inbox/index',
        'handle/index',
        'stats/index',
        'delegates/index',
        'settings/index',
      ],
    },
    {
      root: 'packages/activity',
      pages: [
        'plan/index',
        'detail/index',
        'record/index',
        'sign-in/index',
        'matrix/index',
        'mine/index',
      ],
    },
    {
      root: 'packages/app',
      pages: ['not-found/index'],
    },
  ],
  window: {
    navigationBarBackgroundColor: RED,
    navigationBarTitleText: '智慧党建',
    navigationBarTextStyle: 'white',
    // WeChat's default; Taro's H5 router draws its own bar (title, back, home) only when it is set.
    navigationStyle: 'default',
    backgroundColor: '#F5F5F5',
    backgroundTextStyle: 'light',
  },
  tabBar: {
    color: GREY,
    selectedColor: RED,
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: [
      tab('home', '首页', 'home'),
      tab('school', '微党校', 'school'),
      tab('branch', '支部', 'branch'),
      tab('me', '我的', 'me'),
    ],
  },
});
