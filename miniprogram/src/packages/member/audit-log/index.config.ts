export default definePageConfig({
  navigationBarTitleText: '敏感信息访问记录',
  enablePullDownRefresh: true,
});
