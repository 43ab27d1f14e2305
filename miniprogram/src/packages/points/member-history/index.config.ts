export default definePageConfig({
  navigationBarTitleText: '成员积分明细',
  enablePullDownRefresh: true,
});
