export default definePageConfig({
  navigationBarTitleText: '信箱代阅人',
});
