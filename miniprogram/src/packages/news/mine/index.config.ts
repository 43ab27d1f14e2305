export default definePageConfig({
  navigationBarTitleText: '我的稿件',
  enablePullDownRefresh: true,
});
