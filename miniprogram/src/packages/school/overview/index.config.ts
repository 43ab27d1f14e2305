export default definePageConfig({
  navigationBarTitleText: '学习情况总览',
  enablePullDownRefresh: true,
});
