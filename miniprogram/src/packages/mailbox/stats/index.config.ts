export default definePageConfig({
  navigationBarTitleText: '信箱统计',
});
