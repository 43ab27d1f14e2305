export default definePageConfig({
  navigationBarTitleText: '处理来信',
});
