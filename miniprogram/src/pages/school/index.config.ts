export default definePageConfig({ navigationBarTitleText: '微党校', enablePullDownRefresh: true });
