export default definePageConfig({
  navigationBarTitleText: '支部学时',
  enablePullDownRefresh: true,
});
