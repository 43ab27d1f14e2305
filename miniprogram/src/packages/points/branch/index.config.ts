export default definePageConfig({
  navigationBarTitleText: '支部积分',
  enablePullDownRefresh: true,
});
