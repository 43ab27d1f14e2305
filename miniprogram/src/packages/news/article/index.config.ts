export default definePageConfig({
  navigationBarTitleText: '党建新鲜事',
  enableShareAppMessage: true,
  enableShareTimeline: true,
});
