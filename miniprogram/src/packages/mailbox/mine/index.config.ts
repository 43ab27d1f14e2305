export default definePageConfig({
  navigationBarTitleText: '我的信件',
  enablePullDownRefresh: true,
});
