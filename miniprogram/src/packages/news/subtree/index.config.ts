export default definePageConfig({
  navigationBarTitleText: '下级动态',
  enablePullDownRefresh: true,
});
