export default definePageConfig({
  navigationBarTitleText: '写信给书记',
});
